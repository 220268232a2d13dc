"""Messages the simulator writes itself, in the four languages of ``?language=``.

Real task failures come back localised (API.md 5b), so clients must decide on
status and type, never on text; serving zh/ko/ja messages lets tests prove it.
"""

from __future__ import annotations

from omnidesk.api.spec import LANGUAGES

DEFAULT_LANGUAGE = "en"

# Failure kinds a task can end with, as the ``type`` of its error object.
MODERATION = "content_moderation"
UPSTREAM_QUOTA = "upstream_quota_exhausted"
UPSTREAM_TIMEOUT = "upstream_timeout"
RENDER_ERROR = "upstream_error"
FAILURE_KINDS: tuple[str, ...] = (MODERATION, UPSTREAM_QUOTA, UPSTREAM_TIMEOUT)

_MESSAGES: dict[str, dict[str, str]] = {
    MODERATION: {
        "en": "Content moderation: the prompt or an input image was flagged by the content policy.",
        "zh": "内容审核未通过：提示词或输入图片被判定违反内容政策。",
        "ko": "콘텐츠 검토 실패: 프롬프트 또는 입력 이미지가 콘텐츠 정책에 의해 차단되었습니다.",
        "ja": "コンテンツ審査：プロンプトまたは入力画像がコンテンツポリシーにより拒否されました。",
    },
    UPSTREAM_QUOTA: {
        "en": "Upstream quota exhausted: the model provider has no capacity left. Please try again later.",
        "zh": "上游配额已用尽：模型服务商暂无可用额度，请稍后重试。",
        "ko": "업스트림 할당량 소진: 모델 제공자의 용량이 부족합니다. 잠시 후 다시 시도하세요.",
        "ja": (
            "上流のクォータが上限に達しました：モデル提供元に空きがありません。"
            "しばらくしてから再試行してください。"
        ),
    },
    UPSTREAM_TIMEOUT: {
        "en": "Upstream timeout: the model did not finish the video in time.",
        "zh": "上游超时：模型未能在规定时间内完成视频生成。",
        "ko": "업스트림 시간 초과: 모델이 제한 시간 내에 동영상을 완성하지 못했습니다.",
        "ja": "上流タイムアウト：モデルが制限時間内に動画を完成できませんでした。",
    },
    RENDER_ERROR: {
        "en": "Generation failed: internal error while producing the video.",
        "zh": "生成失败：生成视频时发生内部错误。",
        "ko": "생성 실패: 동영상을 만드는 중 내부 오류가 발생했습니다.",
        "ja": "生成に失敗しました：動画の作成中に内部エラーが発生しました。",
    },
    "invalid_task_id": {
        "en": "invalid task ID",
        "zh": "无效的任务 ID",
        "ko": "잘못된 작업 ID입니다",
        "ja": "無効なタスクIDです",
    },
    "request_id": {
        "en": "request id",
        "zh": "请求 ID",
        "ko": "요청 ID",
        "ja": "リクエストID",
    },
}


def pick_language(requested: str | None) -> str:
    """The language to answer in: the requested one if supported, else English."""
    language = (requested or "").strip().lower()
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def message(key: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The text of ``key`` in ``language`` (English when it has no translation)."""
    texts = _MESSAGES[key]
    return texts.get(language, texts[DEFAULT_LANGUAGE])


def failure_message(kind: str, request_id: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A task's failure text, carrying a request id the way real ones do."""
    return f"{message(kind, language)} ({message('request_id', language)}: {request_id})"

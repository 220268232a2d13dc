<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AspectPreview</name>
    <message>
        <source>Frame shape</source>
        <translation>フレームの形状</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h} ピクセル</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Balance: unlimited</source>
        <translation>残高: 無制限</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>残高: 不明</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>残高: {amount}</translation>
    </message>
</context>
<context>
    <name>BasedOnChip</name>
    <message>
        <source>Based on</source>
        <translation>派生元</translation>
    </message>
    <message>
        <source>Not based on that result</source>
        <translation>その結果から派生しない</translation>
    </message>
    <message>
        <source>Not based on that result any more: what you submit records no parent</source>
        <translation>その結果からの派生を解除しました: 送信時に派生元は記録されません</translation>
    </message>
    <message>
        <source>Based on: “{prompt}”</source>
        <translation>派生元: 「{prompt}」</translation>
    </message>
    <message>
        <source>What you submit records submission #{id} as its parent, even after you edit the prompt:
{prompt}</source>
        <translation>プロンプトを編集しても、送信時には送信 #{id} が派生元として記録されます:
{prompt}</translation>
    </message>
</context>
<context>
    <name>CompareCell</name>
    <message>
        <source>Clip {number}</source>
        <translation>クリップ{number}</translation>
    </message>
    <message>
        <source>Clip number</source>
        <translation>クリップ番号</translation>
    </message>
    <message>
        <source>Clip {number} (press {number} to pick it)</source>
        <translation>クリップ{number}({number}キーで選択)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Video of clip {number}</source>
        <translation>クリップ{number}の動画</translation>
    </message>
    <message>
        <source>Message for clip {number}</source>
        <translation>クリップ{number}のメッセージ</translation>
    </message>
    <message>
        <source>Prompt of clip {number}, compared with clip 1</source>
        <translation>クリップ{number}のプロンプト(クリップ1との比較)</translation>
    </message>
    <message>
        <source>Prompt of clip 1</source>
        <translation>クリップ1のプロンプト</translation>
    </message>
    <message>
        <source>Settings of clip {number}</source>
        <translation>クリップ{number}の設定</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>採用済み</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Clip {number} is the winner</source>
        <translation>クリップ{number}を採用済み</translation>
    </message>
    <message>
        <source>Pick clip {number} as the winner</source>
        <translation>クリップ{number}を採用</translation>
    </message>
    <message>
        <source>Star clip {number} as the winner ({number})</source>
        <translation>クリップ{number}を採用してスターを付ける({number})</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare {count} results</source>
        <translation>{count}件の結果を比較</translation>
    </message>
    <message>
        <source>Compare results</source>
        <translation>結果の比較</translation>
    </message>
    <message>
        <source>Space plays every clip; I and O set a loop; W switches to the wipe view; 1 to {count} picks the winner.</source>
        <translation>Spaceですべてのクリップを再生、IとOでループを設定、Wでワイプ表示に切り替え、1～{count}で採用するクリップを選択します。</translation>
    </message>
    <message>
        <source>Archive the others</source>
        <translation>他をアーカイブ</translation>
    </message>
    <message>
        <source>Archive the other clips</source>
        <translation>他のクリップをアーカイブ</translation>
    </message>
    <message>
        <source>Set the other clips aside in the library: hidden from the grid, not deleted (A)</source>
        <translation>他のクリップをライブラリでアーカイブします: グリッドに表示されなくなりますが、削除はされません(A)</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Keep the other clips</source>
        <translation>他のクリップを残す</translation>
    </message>
    <message>
        <source>Leave the other clips as they are</source>
        <translation>他のクリップはそのままにします</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>Clip 1 left of the divider, clip 2 right of it. Drag it, or use the arrow keys.</source>
        <translation>クリップ1は区切り線の左、クリップ2は右に表示されます。区切り線はドラッグまたは矢印キーで移動できます。</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <source>Position in every clip</source>
        <translation>全クリップの再生位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play every clip (Space)</source>
        <translation>全クリップを再生(Space)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <source>Every clip one frame back (,)</source>
        <translation>全クリップを1フレーム戻す(,)</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <source>Every clip one frame forward (.)</source>
        <translation>全クリップを1フレーム進める(.)</translation>
    </message>
    <message>
        <source>Set the in point</source>
        <translation>イン点を設定</translation>
    </message>
    <message>
        <source>Start the loop here (I)</source>
        <translation>ここをループの開始点にする(I)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>イン</translation>
    </message>
    <message>
        <source>Set the out point</source>
        <translation>アウト点を設定</translation>
    </message>
    <message>
        <source>End the loop here (O)</source>
        <translation>ここをループの終了点にする(O)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>アウト</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Play the range in a loop (L)</source>
        <translation>範囲をループ再生(L)</translation>
    </message>
    <message>
        <source>Clear the loop range</source>
        <translation>ループ範囲をクリア</translation>
    </message>
    <message>
        <source>Back to the whole clip, no loop (X)</source>
        <translation>ループを解除してクリップ全体に戻す(X)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Playback speed of every clip</source>
        <translation>全クリップの再生速度</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Sound from</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Whose sound plays (one at a time, so they can be told apart)</source>
        <translation>音声を再生するクリップ(聞き分けられるよう、一度に1つのみ)</translation>
    </message>
    <message>
        <source>Sound: clip {number}</source>
        <translation>音声: クリップ{number}</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>音声なし</translation>
    </message>
    <message>
        <source>Wipe view</source>
        <translation>ワイプ表示</translation>
    </message>
    <message>
        <source>One picture split by a divider (W)</source>
        <translation>1つの画面を区切り線で分割(W)</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>ワイプ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Wipe view: clip 1 on the left, clip 2 on the right. W goes back to the grid.</source>
        <translation>ワイプ表示: クリップ1が左、クリップ2が右です。Wでグリッド表示に戻ります。</translation>
    </message>
    <message>
        <source>Grid view.</source>
        <translation>グリッド表示。</translation>
    </message>
    <message>
        <source>Clip {number} is the winner: starred in the library.</source>
        <translation>クリップ{number}を採用しました: ライブラリでスターを付けました。</translation>
    </message>
    <message>
        <source>Clip {number} is starred. Archive clip {other} to set it aside in the library?</source>
        <translation>クリップ{number}にスターを付けました。クリップ{other}をアーカイブしてライブラリで非表示にしますか?</translation>
    </message>
    <message>
        <source>Clip {number} is starred. Archive clips {others} to set them aside in the library?</source>
        <translation>クリップ{number}にスターを付けました。クリップ{others}をアーカイブしてライブラリで非表示にしますか?</translation>
    </message>
    <message>
        <source>Clip {number} could not be starred: {reason}</source>
        <translation>クリップ{number}にスターを付けられませんでした: {reason}</translation>
    </message>
    <message>
        <source>Archived clip {number}: set aside in the library, not deleted.</source>
        <translation>クリップ{number}をアーカイブしました: ライブラリで非表示になりましたが、削除はされていません。</translation>
    </message>
    <message>
        <source>Archived clips {numbers}: set aside in the library, not deleted.</source>
        <translation>クリップ{numbers}をアーカイブしました: ライブラリで非表示になりましたが、削除はされていません。</translation>
    </message>
    <message>
        <source>Clip {number} could not be archived: {reason}</source>
        <translation>クリップ{number}をアーカイブできませんでした: {reason}</translation>
    </message>
    <message>
        <source>The other clips could not be archived: {reason}</source>
        <translation>他のクリップをアーカイブできませんでした: {reason}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}と{last}</translation>
    </message>
    <message>
        <source>The library is not open yet: wait until OmniDesk is connected, then try again.</source>
        <translation>ライブラリがまだ開いていません。OmniDeskが接続されてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Still saving the last change to the library; try again in a moment.</source>
        <translation>ライブラリへの直前の変更を保存中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The wipe view shows exactly two clips; this comparison has {count}.</source>
        <translation>ワイプ表示で使えるのは2つのクリップのみです。この比較には{count}個のクリップがあります。</translation>
    </message>
    <message>
        <source>The wipe view needs two clips of the same shape; these two differ.</source>
        <translation>ワイプ表示には同じ形状の2つのクリップが必要です。この2つは形状が異なります。</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Clip {number}: {reason}</source>
        <translation>クリップ{number}: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause every clip (Space)</source>
        <translation>全クリップを一時停止(Space)</translation>
    </message>
    <message>
        <source>There is no clip {number} here: pick 1 to {count}.</source>
        <translation>クリップ{number}はありません。1～{count}を選択してください。</translation>
    </message>
    <message>
        <source>The other clips were left as they are.</source>
        <translation>他のクリップはそのままにしました。</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt;: videos come from OmniDesk&apos;s built-in simulator. They are simulated and cost nothing. Add your APIMart API key to make real ones.</source>
        <translation>&lt;b&gt;デモモード&lt;/b&gt;: 動画はOmniDesk内蔵のシミュレーターで生成されます。シミュレーションのため、費用はかかりません。実際の動画を生成するには、APIMartのAPIキーを追加してください。</translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation>APIキーを追加…</translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation>APIキーを追加</translation>
    </message>
</context>
<context>
    <name>ErrorArea</name>
    <message>
        <source>Problems with generating</source>
        <translation>生成時の問題</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Check the system clock, any proxy, and that the certificate is trusted.</source>
        <translation>システムの時計、プロキシ、証明書が信頼されているかを確認してください。</translation>
    </message>
    <message>
        <source>Fix it and try again; nothing was sent.</source>
        <translation>修正してもう一度お試しください。何も送信されていません。</translation>
    </message>
    <message>
        <source>Check your API key in Settings (or OMNIDESK_API_KEY) and try again.</source>
        <translation>設定(または OMNIDESK_API_KEY)のAPIキーを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your balance is spent. Top up your APIMart account, then submit again.</source>
        <translation>残高がありません。APIMartアカウントにチャージしてから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>This key may not use this model or may be restricted by IP; check the key&apos;s permissions.</source>
        <translation>このキーではこのモデルを使えないか、IPで制限されている可能性があります。キーの権限を確認してください。</translation>
    </message>
    <message>
        <source>OmniDesk waits and retries by itself.</source>
        <translation>OmniDeskが待機して自動的に再試行します。</translation>
    </message>
    <message>
        <source>The request was refused; change it and submit again.</source>
        <translation>リクエストは拒否されました。内容を変更してもう一度送信してください。</translation>
    </message>
    <message>
        <source>The same submission is still being handled; OmniDesk waits and asks again.</source>
        <translation>同じ送信がまだ処理中です。OmniDeskが待機して再度問い合わせます。</translation>
    </message>
    <message>
        <source>This submission&apos;s key was already used for a different request (a bug in OmniDesk).</source>
        <translation>この送信のキーは別のリクエストですでに使われています(OmniDeskの不具合です)。</translation>
    </message>
    <message>
        <source>Check the task id; the server may have forgotten very old tasks.</source>
        <translation>タスクIDを確認してください。非常に古いタスクはサーバーから消えている可能性があります。</translation>
    </message>
    <message>
        <source>The service had a problem; try again in a moment.</source>
        <translation>サービスで問題が発生しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The service timed out; OmniDesk retries by itself.</source>
        <translation>サービスがタイムアウトしました。OmniDeskが自動的に再試行します。</translation>
    </message>
    <message>
        <source>Result links only last 24-72 hours; this one can no longer be downloaded.</source>
        <translation>結果のリンクは24〜72時間しか有効ではありません。このリンクはもうダウンロードできません。</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings); OmniDesk retries by itself.</source>
        <translation>インターネット接続(とプロキシ設定)を確認してください。OmniDeskが自動的に再試行します。</translation>
    </message>
    <message>
        <source>The download broke off; OmniDesk resumes it by itself.</source>
        <translation>ダウンロードが中断されました。OmniDeskが自動的に再開します。</translation>
    </message>
    <message>
        <source>Only http(s) links can be downloaded.</source>
        <translation>ダウンロードできるのは http(s) のリンクだけです。</translation>
    </message>
    <message>
        <source>Use a JPEG, PNG, WebP or GIF image of at most 20 MB.</source>
        <translation>20 MB以下のJPEG、PNG、WebP、GIF画像を使用してください。</translation>
    </message>
    <message>
        <source>The service is busy; OmniDesk retries by itself.</source>
        <translation>サービスが混み合っています。OmniDeskが自動的に再試行します。</translation>
    </message>
    <message>
        <source>The address was not found; check the API base URL in Settings.</source>
        <translation>アドレスが見つかりませんでした。設定のAPIベースURLを確認してください。</translation>
    </message>
    <message>
        <source>{problem}{where}. Check the file or folder and try again.</source>
        <translation>{problem}{where}。ファイルまたはフォルダーを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>OmniDesk hit an unexpected problem: {problem}. Try again.</source>
        <translation>OmniDeskで予期しない問題が発生しました: {problem}。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export to folder</source>
        <translation>フォルダに書き出し</translation>
    </message>
</context>
<context>
    <name>FrameForm</name>
    <message>
        <source>First frame</source>
        <translation>先頭フレーム</translation>
    </message>
    <message>
        <source>The video starts from this image.</source>
        <translation>動画はこの画像から始まります。</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>Reference video</source>
        <translation>参照動画</translation>
    </message>
    <message>
        <source>Text to video: from the prompt alone</source>
        <translation>テキストから動画: プロンプトのみから生成</translation>
    </message>
    <message>
        <source>First frame (image to video): the video starts from your image</source>
        <translation>先頭フレーム(画像から動画): 指定した画像から動画が始まります</translation>
    </message>
    <message>
        <source>Reference images: 1 or 3 images guide the video</source>
        <translation>参照画像: 1枚または3枚の画像で動画をガイド</translation>
    </message>
    <message>
        <source>Reference video: a video&apos;s motion guides the new one</source>
        <translation>参照動画: 動画の動きを新しい動画に反映</translation>
    </message>
    <message>
        <source>{what} (Alt+{n})</source>
        <translation>{what}(Alt+{n})</translation>
    </message>
    <message>
        <source>Mode: {name}</source>
        <translation>モード: {name}</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>プロンプト(&amp;P)</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>フォームをクリア</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>フォームをクリア</translation>
    </message>
    <message>
        <source>Empty the prompt and the images, and start afresh</source>
        <translation>プロンプトと画像を消去して、最初からやり直します</translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation>送信ステータス</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Submit the generation</source>
        <translation>生成を送信</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>How many videos of this request to make at once (1 to {most}), sent as one batch</source>
        <translation>このリクエストで一度に作成する動画の数(1～{most})。1つのバッチとして送信されます</translation>
    </message>
    <message>
        <source>&amp;Variations:</source>
        <translation>バリエーション(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>マトリクス(&amp;M)…</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>プロンプトマトリクス</translation>
    </message>
    <message>
        <source>Several prompt lines and settings: every combination, counted and priced before sending</source>
        <translation>複数のプロンプト行と設定のすべての組み合わせを生成します。送信前に件数と費用を算出します</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The service is not running: {problem}</source>
        <translation>サービスが実行されていません: {problem}</translation>
    </message>
    <message>
        <source>OmniDesk is connecting to the service; Submit is available in a moment.</source>
        <translation>OmniDeskがサービスに接続中です。まもなく送信できるようになります。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>先にプロンプトを入力してください。</translation>
    </message>
    <message>
        <source>Variations ×{count}: {prompt}</source>
        <translation>バリエーション ×{count}: {prompt}</translation>
    </message>
    <message>
        <source>Submitted — see the Queue.</source>
        <translation>送信しました。キューを確認してください。</translation>
    </message>
    <message>
        <source>Submitted {count} videos as one batch — see the Queue.</source>
        <translation>{count}本の動画を1つのバッチとして送信しました。キューを確認してください。</translation>
    </message>
    <message>
        <source>Uploading {n} of {total}…</source>
        <translation>アップロード中({n}/{total})…</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>The window stays usable while this runs.</source>
        <translation>処理中もウインドウは操作できます。</translation>
    </message>
    <message>
        <source>Answer the question about the daily spending cap first.</source>
        <translation>先に1日の利用上限額に関する確認に回答してください。</translation>
    </message>
    <message>
        <source>Submit {count}</source>
        <translation>{count}件を送信</translation>
    </message>
    <message>
        <source>Submit the generation (Ctrl+Enter)</source>
        <translation>生成を送信(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready: Ctrl+Enter submits.</source>
        <translation>準備完了: Ctrl+Enterで送信します。</translation>
    </message>
    <message>
        <source>The form holds the settings of “{name}”.</source>
        <translation>フォームに「{name}」の設定が入っています。</translation>
    </message>
    <message>
        <source>Could not restore from that file: {reason}</source>
        <translation>そのファイルから復元できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Submission #{id}: {message}</source>
        <translation>送信 #{id}: {message}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Prompt history, presets and templates</source>
        <translation>プロンプト履歴、プリセット、テンプレート</translation>
    </message>
    <message>
        <source>History, presets and templates</source>
        <translation>履歴、プリセット、テンプレート</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>履歴のメッセージ</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>プロンプトを検索</translation>
    </message>
    <message>
        <source>Search the prompt history</source>
        <translation>プロンプト履歴を検索</translation>
    </message>
    <message>
        <source>Find prompts containing these words; Down moves to the list</source>
        <translation>これらの語を含むプロンプトを検索します。Downキーでリストに移動</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>スター付きのみ</translation>
    </message>
    <message>
        <source>Show starred prompts only</source>
        <translation>スター付きのプロンプトのみ表示</translation>
    </message>
    <message>
        <source>Show only the prompts you starred</source>
        <translation>スターを付けたプロンプトのみを表示</translation>
    </message>
    <message>
        <source>Prompt history</source>
        <translation>プロンプト履歴</translation>
    </message>
    <message>
        <source>Enter loads the prompt with its settings, S stars it, Delete forgets it</source>
        <translation>Enterでプロンプトを設定と共に読み込み、Sでスターを付け、Deleteで履歴から削除</translation>
    </message>
    <message>
        <source>Use This Prompt</source>
        <translation>このプロンプトを使用</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>スターを付ける</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>プロンプトをコピー</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>履歴から削除</translation>
    </message>
    <message>
        <source>Prompt history is empty</source>
        <translation>プロンプト履歴は空です</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Load the prompt with the settings it was last sent with (Enter)</source>
        <translation>前回送信時の設定と共にプロンプトを読み込み(Enter)</translation>
    </message>
    <message>
        <source>Star or unstar the prompt (S)</source>
        <translation>プロンプトのスターを切り替え(S)</translation>
    </message>
    <message>
        <source>Remove the prompt from the history (Delete)</source>
        <translation>プロンプトを履歴から削除(Delete)</translation>
    </message>
    <message>
        <source>Enter applies the preset, F2 renames it, Delete deletes it</source>
        <translation>Enterでプリセットを適用、F2で名前を変更、Deleteで削除</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>No presets yet. Set up the form, then “Save current…” keeps its prompt and settings.</source>
        <translation>プリセットはまだありません。フォームを設定してから「現在の設定を保存…」を押すと、プロンプトと設定が保存されます。</translation>
    </message>
    <message>
        <source>Preset settings</source>
        <translation>プリセットの設定</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>現在の設定を保存…</translation>
    </message>
    <message>
        <source>Save the form&apos;s prompt and settings as a named preset</source>
        <translation>フォームのプロンプトと設定を名前付きプリセットとして保存</translation>
    </message>
    <message>
        <source>Put the preset&apos;s prompt and settings into the form (Enter)</source>
        <translation>プリセットのプロンプトと設定をフォームに入力(Enter)</translation>
    </message>
    <message>
        <source>Give the preset another name (F2)</source>
        <translation>プリセットの名前を変更(F2)</translation>
    </message>
    <message>
        <source>Delete the preset (Delete)</source>
        <translation>プリセットを削除(Delete)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Save the presets and the prompt history to a JSON file</source>
        <translation>プリセットとプロンプト履歴をJSONファイルに保存</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <source>Add presets and prompt history from a JSON file</source>
        <translation>JSONファイルからプリセットとプロンプト履歴を追加</translation>
    </message>
    <message>
        <source>Presets and history:</source>
        <translation>プリセットと履歴:</translation>
    </message>
    <message>
        <source>Enter puts the template into the prompt</source>
        <translation>Enterでテンプレートをプロンプトに挿入</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>テンプレートのテキスト</translation>
    </message>
    <message>
        <source>Replace the parts in [brackets] with your own.</source>
        <translation>[角かっこ]の部分を独自の内容に置き換えてください。</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>テンプレートを使用</translation>
    </message>
    <message>
        <source>Put the template into the prompt editor (Enter)</source>
        <translation>テンプレートをプロンプトエディタに挿入(Enter)</translation>
    </message>
    <message>
        <source>OmniDesk is still opening the service. Try again in a moment.</source>
        <translation>OmniDeskはまだサービスを起動中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The prompt history could not be read: {reason}</source>
        <translation>プロンプト履歴を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>The presets could not be read: {reason}</source>
        <translation>プリセットを読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>No prompt contains “{search}”.</source>
        <translation>「{search}」を含むプロンプトはありません。</translation>
    </message>
    <message>
        <source>No starred prompts yet. Star one with S or from its menu.</source>
        <translation>スター付きのプロンプトはまだありません。Sキーまたはメニューからスターを付けられます。</translation>
    </message>
    <message>
        <source>No prompts yet. Every prompt you send is kept here, with how often you used it.</source>
        <translation>プロンプトはまだありません。送信したプロンプトはすべて、使用回数と共にここに保存されます。</translation>
    </message>
    <message>
        <source>The prompt&apos;s settings could not be read</source>
        <translation>プロンプトの設定を読み込めませんでした</translation>
    </message>
    <message>
        <source>The star could not be saved</source>
        <translation>スターを保存できませんでした</translation>
    </message>
    <message>
        <source>Forgot the prompt “{prompt}”.</source>
        <translation>プロンプト「{prompt}」を履歴から削除しました。</translation>
    </message>
    <message>
        <source>The prompt could not be forgotten</source>
        <translation>プロンプトを履歴から削除できませんでした</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>スターを外す</translation>
    </message>
    <message>
        <source>The form&apos;s settings could not be read: {reason}</source>
        <translation>フォームの設定を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Write a prompt first: a preset keeps a prompt with its settings.</source>
        <translation>先にプロンプトを入力してください。プリセットにはプロンプトと設定が保存されます。</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>プリセット名:</translation>
    </message>
    <message>
        <source>A preset needs a name. Nothing was saved.</source>
        <translation>プリセットには名前が必要です。何も保存されませんでした。</translation>
    </message>
    <message>
        <source>Replace Preset</source>
        <translation>プリセットを置き換え</translation>
    </message>
    <message>
        <source>A preset named “{name}” exists. Replace it with the form&apos;s prompt and settings?</source>
        <translation>「{name}」という名前のプリセットが既にあります。フォームのプロンプトと設定で置き換えますか?</translation>
    </message>
    <message>
        <source>Saved the preset “{name}”.</source>
        <translation>プリセット「{name}」を保存しました。</translation>
    </message>
    <message>
        <source>The preset could not be saved</source>
        <translation>プリセットを保存できませんでした</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>プリセット名を変更</translation>
    </message>
    <message>
        <source>New name of the preset:</source>
        <translation>プリセットの新しい名前:</translation>
    </message>
    <message>
        <source>A preset named “{name}” exists. Replace it with “{old}”?</source>
        <translation>「{name}」という名前のプリセットが既にあります。「{old}」で置き換えますか?</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{name}”.</source>
        <translation>「{old}」の名前を「{name}」に変更しました。</translation>
    </message>
    <message>
        <source>The preset could not be renamed</source>
        <translation>プリセットの名前を変更できませんでした</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? This cannot be undone.</source>
        <translation>プリセット「{name}」を削除しますか? この操作は取り消せません。</translation>
    </message>
    <message>
        <source>Deleted the preset “{name}”.</source>
        <translation>プリセット「{name}」を削除しました。</translation>
    </message>
    <message>
        <source>The preset could not be deleted</source>
        <translation>プリセットを削除できませんでした</translation>
    </message>
    <message>
        <source>Export Presets and History</source>
        <translation>プリセットと履歴の書き出し</translation>
    </message>
    <message>
        <source>Exported {presets} and {prompts} to {file}.</source>
        <translation>{presets}と{prompts}を{file}に書き出しました。</translation>
    </message>
    <message>
        <source>1 preset</source>
        <translation>プリセット1件</translation>
    </message>
    <message>
        <source>{n} presets</source>
        <translation>プリセット{n}件</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>プロンプト1件</translation>
    </message>
    <message>
        <source>{n} prompts</source>
        <translation>プロンプト{n}件</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
    <message>
        <source>Import Presets and History</source>
        <translation>プリセットと履歴の読み込み</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何も読み込まれませんでした</translation>
    </message>
    <message>
        <source>1 preset added</source>
        <translation>プリセット1件を追加</translation>
    </message>
    <message>
        <source>{n} presets added</source>
        <translation>プリセット{n}件を追加</translation>
    </message>
    <message>
        <source>{n} replaced</source>
        <translation>{n}件を置き換え</translation>
    </message>
    <message>
        <source>{n} kept</source>
        <translation>{n}件を保持</translation>
    </message>
    <message>
        <source>1 prompt merged</source>
        <translation>プロンプト1件を統合</translation>
    </message>
    <message>
        <source>{n} prompts merged</source>
        <translation>プロンプト{n}件を統合</translation>
    </message>
    <message>
        <source>From {file}: {what}.</source>
        <translation>{file}から: {what}。</translation>
    </message>
    <message>
        <source>{file} holds no presets and no prompts: nothing changed.</source>
        <translation>{file}にはプリセットもプロンプトも含まれていません。変更はありません。</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>プリセットの読み込み</translation>
    </message>
    <message>
        <source>The file has a preset with a name you already use: {names}</source>
        <translation>ファイルに、既存のプリセットと同じ名前のプリセットがあります: {names}</translation>
    </message>
    <message>
        <source>The file has {n} presets with names you already use: {names}</source>
        <translation>ファイルに、既存のプリセットと同じ名前のプリセットが{n}件あります: {names}</translation>
    </message>
    <message>
        <source>Replace yours with the file&apos;s, or keep yours and skip those?</source>
        <translation>ファイルのプリセットで置き換えますか? それとも既存のプリセットを残して、これらをスキップしますか?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>既存を残す</translation>
    </message>
    <message>
        <source>OmniDesk presets and history (*.json);;All files (*)</source>
        <translation>OmniDeskのプリセットと履歴 (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ImageSlot</name>
    <message>
        <source>or an image URL: https://…</source>
        <translation>または画像URL: https://…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>画像ファイルを選択</translation>
    </message>
    <message>
        <source>Choose an image file (JPEG, PNG, WebP or GIF, at most 20 MB)</source>
        <translation>画像ファイルを選択(JPEG、PNG、WebP、GIF、最大20 MB)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>ペースト</translation>
    </message>
    <message>
        <source>Paste an image</source>
        <translation>画像をペースト</translation>
    </message>
    <message>
        <source>Use the image, file or URL on the clipboard (Ctrl+V)</source>
        <translation>クリップボードの画像、ファイル、URLを使用(Ctrl+V)</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>この画像を削除</translation>
    </message>
    <message>
        <source>Remove this image (Delete)</source>
        <translation>この画像を削除(Delete)</translation>
    </message>
    <message>
        <source>Move this image up</source>
        <translation>この画像を上へ移動</translation>
    </message>
    <message>
        <source>Move this image down</source>
        <translation>この画像を下へ移動</translation>
    </message>
    <message>
        <source>Image {n}</source>
        <translation>画像{n}</translation>
    </message>
    <message>
        <source>Image {n} URL</source>
        <translation>画像{n}のURL</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>ペーストした画像</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an image, an image file or an image URL first.</source>
        <translation>クリップボードは空です。先に画像、画像ファイル、または画像URLをコピーしてください。</translation>
    </message>
    <message>
        <source>That is not an image, an image file or an http(s) image URL. Try another one.</source>
        <translation>画像、画像ファイル、http(s)の画像URLのいずれでもありません。別のものをお試しください。</translation>
    </message>
    <message>
        <source>Type a full http(s) address, e.g. https://example.com/photo.jpg</source>
        <translation>完全なhttp(s)アドレスを入力してください(例: https://example.com/photo.jpg)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>画像を選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp *.gif);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <source>Drop or paste an image here</source>
        <translation>ここに画像をドロップまたはペースト</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name}を確認中…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>{name} · {kind} {size}</source>
        <translation>{name} · {kind} {size}</translation>
    </message>
    <message>
        <source>From {host}: the service fetches it when the task is sent.</source>
        <translation>{host}から: タスクの送信時にサービスが取得します。</translation>
    </message>
    <message>
        <source>Empty: drop a file, paste, choose a file or type a URL.</source>
        <translation>空: ファイルをドロップ、ペースト、ファイルを選択、またはURLを入力してください。</translation>
    </message>
</context>
<context>
    <name>Iteration</name>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n}日前</translation>
    </message>
    <message>
        <source>a week ago</source>
        <translation>1週間前</translation>
    </message>
    <message>
        <source>{n} weeks ago</source>
        <translation>{n}週間前</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>1か月前</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>{n}か月前</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>1年前</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>{n}年前</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>画像1枚</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>画像{n}枚</translation>
    </message>
    <message>
        <source>a reference video</source>
        <translation>参照動画1本</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>aspect</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>from the video</source>
        <translation>動画に準拠</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{count} (other)</source>
        <translation>{count}(別)</translation>
    </message>
    <message>
        <source>{count} (changed)</source>
        <translation>{count}(変更)</translation>
    </message>
    <message>
        <source>{name} {old} → {new}</source>
        <translation>{name} {old} → {new}</translation>
    </message>
    <message>
        <source>same settings</source>
        <translation>同じ設定</translation>
    </message>
    <message>
        <source>charged ${cost}</source>
        <translation>請求額 ${cost}</translation>
    </message>
    <message>
        <source>about ${cost}</source>
        <translation>約${cost}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手動で追加</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Rated {rating} of 5</source>
        <translation>評価 {rating}/5</translation>
    </message>
    <message>
        <source>Made in a batch: “Show This Batch” lists its results</source>
        <translation>バッチで作成: 「このバッチを表示」で結果を一覧表示します</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>No record of how this video was made.</source>
        <translation>この動画の作成記録はありません。</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>プレビューなし: {reason}</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>rated {rating} of 5</source>
        <translation>評価 {rating}/5</translation>
    </message>
    <message>
        <source>in a batch</source>
        <translation>バッチ内</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search prompts and notes</source>
        <translation>プロンプトとメモを検索</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Search prompts and notes (Ctrl+F)</source>
        <translation>プロンプトとメモを検索(Ctrl+F)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>並べ替え順</translation>
    </message>
    <message>
        <source>Order of the videos by date</source>
        <translation>日付による動画の並び順</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ お気に入り</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>お気に入りのみ表示</translation>
    </message>
    <message>
        <source>Show only the videos marked as favourite</source>
        <translation>お気に入りに登録した動画のみを表示</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブを表示</translation>
    </message>
    <message>
        <source>Show archived videos</source>
        <translation>アーカイブした動画を表示</translation>
    </message>
    <message>
        <source>Show the videos you archived (set aside) too</source>
        <translation>アーカイブした(非表示にした)動画も表示</translation>
    </message>
    <message>
        <source>Refresh the library</source>
        <translation>ライブラリを更新</translation>
    </message>
    <message>
        <source>Look at the library folder again (F5)</source>
        <translation>ライブラリフォルダを再読み込み(F5)</translation>
    </message>
    <message>
        <source>Number of videos</source>
        <translation>動画の数</translation>
    </message>
    <message>
        <source>Batch shown</source>
        <translation>表示中のバッチ</translation>
    </message>
    <message>
        <source>Show every video again</source>
        <translation>すべての動画を再表示</translation>
    </message>
    <message>
        <source>Leave this batch: show every video again</source>
        <translation>バッチ表示を終了: すべての動画を再表示</translation>
    </message>
    <message>
        <source>Video library</source>
        <translation>動画ライブラリ</translation>
    </message>
    <message>
        <source>Enter plays, Delete deletes, S marks as favourite, 1 to 5 rate, 0 clears the rating</source>
        <translation>Enterで再生、Deleteで削除、Sでお気に入りに登録、1～5で評価、0で評価をクリア</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>この設定を使用</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>評価なし</translation>
    </message>
    <message>
        <source>Open in System Player</source>
        <translation>システムのプレーヤーで開く</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>フォルダで表示</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Compare 2 to 4 selected videos side by side</source>
        <translation>選択した2～4本の動画を並べて比較</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Show This Batch</source>
        <translation>このバッチを表示</translation>
    </message>
    <message>
        <source>Continue from Last Frame</source>
        <translation>最終フレームから続ける</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>高解像度化</translation>
    </message>
    <message>
        <source>Flip Aspect</source>
        <translation>縦横を切り替え</translation>
    </message>
    <message>
        <source>{count} Variations</source>
        <translation>バリエーション{count}件</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>The library folder could not be read: {reason}</source>
        <translation>ライブラリフォルダを読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>A new video could not be listed: {reason} Refresh the library to try again.</source>
        <translation>新しい動画を一覧に追加できませんでした: {reason} ライブラリを更新して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>動画1本</translation>
    </message>
    <message>
        <source>{total} videos</source>
        <translation>動画{total}本</translation>
    </message>
    <message>
        <source>{shown} of {total} videos</source>
        <translation>動画{total}本中{shown}本</translation>
    </message>
    <message>
        <source>The library is not available. {reason}</source>
        <translation>ライブラリを利用できません。{reason}</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>ライブラリを開いています…</translation>
    </message>
    <message>
        <source>Your videos appear here once a generation finishes.</source>
        <translation>生成が完了すると、ここに動画が表示されます。</translation>
    </message>
    <message>
        <source>No favourites yet. Select a video and press S to mark it as a favourite.</source>
        <translation>お気に入りはまだありません。動画を選択してSキーを押すと、お気に入りに登録できます。</translation>
    </message>
    <message>
        <source>Every video here is archived. Turn on “Show archived” to see them.</source>
        <translation>ここにある動画はすべてアーカイブ済みです。表示するには「アーカイブを表示」をオンにしてください。</translation>
    </message>
    <message>
        <source>No video matches this search.</source>
        <translation>検索条件に一致する動画はありません。</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>アーカイブを解除</translation>
    </message>
    <message>
        <source>Promote to {resolution}</source>
        <translation>{resolution}に高解像度化</translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Marked {n} videos as favourites.</source>
        <translation>{n}本の動画をお気に入りにしました。</translation>
    </message>
    <message>
        <source>{n} videos are no longer favourites.</source>
        <translation>{n}本の動画をお気に入りから外しました。</translation>
    </message>
    <message>
        <source>Rated {n} videos {stars} of 5.</source>
        <translation>{n}本の動画を5段階中{stars}と評価しました。</translation>
    </message>
    <message>
        <source>Rating cleared for {n} videos.</source>
        <translation>{n}本の動画の評価を消去しました。</translation>
    </message>
    <message>
        <source>Marked as favourite.</source>
        <translation>お気に入りに登録しました。</translation>
    </message>
    <message>
        <source>No longer a favourite.</source>
        <translation>お気に入りから外しました。</translation>
    </message>
    <message>
        <source>Rated {stars} of 5.</source>
        <translation>評価を{stars}/5にしました。</translation>
    </message>
    <message>
        <source>Rating cleared.</source>
        <translation>評価をクリアしました。</translation>
    </message>
    <message>
        <source>Could not save the mark on “{name}”: its settings file is damaged ({reason}). Repair or remove {sidecar}, then try again.</source>
        <translation>「{name}」のマークを保存できませんでした: 設定ファイルが破損しています({reason})。{sidecar}を修復または削除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not save the mark on “{name}”: {reason}</source>
        <translation>「{name}」のマークを保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Select 2 to 4 videos to compare (Ctrl or Shift and click).</source>
        <translation>比較する動画を2～4本選択してください(CtrlまたはShiftを押しながらクリック)。</translation>
    </message>
    <message>
        <source>Archived. Turn on “Show archived” to see it again.</source>
        <translation>アーカイブしました。再表示するには「アーカイブを表示」をオンにしてください。</translation>
    </message>
    <message>
        <source>{count} videos archived. Turn on “Show archived” to see them again.</source>
        <translation>{count}本の動画をアーカイブしました。再表示するには「アーカイブを表示」をオンにしてください。</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>アーカイブしました。</translation>
    </message>
    <message>
        <source>{count} videos archived.</source>
        <translation>{count}本の動画をアーカイブしました。</translation>
    </message>
    <message>
        <source>No longer archived.</source>
        <translation>アーカイブを解除しました。</translation>
    </message>
    <message>
        <source>{count} videos no longer archived.</source>
        <translation>{count}本の動画のアーカイブを解除しました。</translation>
    </message>
    <message>
        <source>{count} videos sent together</source>
        <translation>同時に送信した{count}本の動画</translation>
    </message>
    <message>
        <source>Batch: {label}</source>
        <translation>バッチ: {label}</translation>
    </message>
    <message>
        <source>No application could open “{name}”. Install a video player and try again.</source>
        <translation>「{name}」を開けるアプリケーションがありません。動画プレーヤーをインストールして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not open the folder {folder}.</source>
        <translation>フォルダ{folder}を開けませんでした。</translation>
    </message>
    <message>
        <source>Delete Video</source>
        <translation>動画を削除</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>「{title}」をゴミ箱に移動しますか?</translation>
    </message>
    <message>
        <source>The video and its settings file go to the system trash, where you can restore them.</source>
        <translation>動画とその設定ファイルはシステムのゴミ箱に移動され、そこから復元できます。</translation>
    </message>
    <message>
        <source>Delete Videos</source>
        <translation>動画を削除</translation>
    </message>
    <message>
        <source>Move these {n} videos to the trash?</source>
        <translation>この{n}本の動画をゴミ箱に移動しますか？</translation>
    </message>
    <message>
        <source>The videos and their settings files go to the system trash, where you can restore them.</source>
        <translation>動画とその設定ファイルはシステムのゴミ箱に移動され、そこから復元できます。</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash.</source>
        <translation>「{title}」をゴミ箱に移動しました。</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>「{title}」を削除しました。</translation>
    </message>
    <message>
        <source>Could not delete “{title}”: {reason}. Check that no other program uses it and try again.</source>
        <translation>「{title}」を削除できませんでした: {reason}。他のプログラムが使用していないことを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>“{title}” cannot go to the trash. Delete it permanently?</source>
        <translation>「{title}」はゴミ箱に移動できません。完全に削除しますか?</translation>
    </message>
    <message>
        <source>There is no usable trash here ({reason}). A permanent deletion cannot be undone.</source>
        <translation>使用できるゴミ箱がありません({reason})。完全に削除すると元に戻せません。</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除されませんでした。</translation>
    </message>
</context>
<context>
    <name>LineageModel</name>
    <message>
        <source>from version {number}</source>
        <translation>バージョン{number}から派生</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>バージョン{number}</translation>
    </message>
    <message>
        <source>Not downloaded: nothing to play yet.</source>
        <translation>未ダウンロード: 再生できるものはまだありません。</translation>
    </message>
    <message>
        <source>this one</source>
        <translation>この結果</translation>
    </message>
    <message>
        <source>added: {words}</source>
        <translation>追加: {words}</translation>
    </message>
    <message>
        <source>removed: {words}</source>
        <translation>削除: {words}</translation>
    </message>
    <message>
        <source>prompt: {prompt}</source>
        <translation>プロンプト: {prompt}</translation>
    </message>
</context>
<context>
    <name>LineageView</name>
    <message>
        <source>Iteration thread</source>
        <translation>派生スレッド</translation>
    </message>
    <message>
        <source>Iteration thread title</source>
        <translation>派生スレッドのタイトル</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Oldest first, each version under the one it was made from. Enter plays, U uses its settings</source>
        <translation>古い順に、各バージョンを派生元の下に表示します。Enterで再生、Uで設定を使用</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>この設定を使用</translation>
    </message>
    <message>
        <source>Iteration thread message</source>
        <translation>派生スレッドのメッセージ</translation>
    </message>
    <message>
        <source>Play this version</source>
        <translation>このバージョンを再生</translation>
    </message>
    <message>
        <source>Play the selected version (Enter)</source>
        <translation>選択したバージョンを再生(Enter)</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>この設定を使用</translation>
    </message>
    <message>
        <source>Start a new generation with the selected version&apos;s prompt and parameters (U)</source>
        <translation>選択したバージョンのプロンプトとパラメータで新しい生成を開始(U)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh the thread</source>
        <translation>スレッドを更新</translation>
    </message>
    <message>
        <source>Read the thread again</source>
        <translation>スレッドを再読み込み</translation>
    </message>
    <message>
        <source>Choose “Iteration thread” (Ctrl+I) on a result to see every version of it here.</source>
        <translation>結果で「派生スレッド」(Ctrl+I)を選択すると、そのすべてのバージョンがここに表示されます。</translation>
    </message>
    <message>
        <source>OmniDesk is still opening the service; the thread appears once it is ready.</source>
        <translation>OmniDeskはまだサービスを起動中です。準備ができるとスレッドが表示されます。</translation>
    </message>
    <message>
        <source>Reading the iteration thread…</source>
        <translation>派生スレッドを読み込み中…</translation>
    </message>
    <message>
        <source>Iteration thread of “{prompt}”: {count}</source>
        <translation>「{prompt}」の派生スレッド: {count}</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1バージョン</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>{n}バージョン</translation>
    </message>
    <message>
        <source>OmniDesk has no record of this result&apos;s submission on this computer (it may come from another computer or an older library), so it has no iteration thread here.</source>
        <translation>このコンピュータのOmniDeskには、この結果の送信記録がありません(別のコンピュータや古いライブラリから来た可能性があります)。そのため、ここには派生スレッドがありません。</translation>
    </message>
    <message>
        <source>The iteration thread could not be read: {reason}</source>
        <translation>派生スレッドを読み込めませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>LoopRangeBar</name>
    <message>
        <source>Loop range</source>
        <translation>ループ範囲</translation>
    </message>
    <message>
        <source>Drag the handles to choose the part that plays in a loop; or press I and O to set them at the current position</source>
        <translation>ハンドルをドラッグしてループ再生する部分を選択するか、IとOを押して現在の位置に設定します</translation>
    </message>
    <message>
        <source>in point</source>
        <translation>イン点</translation>
    </message>
    <message>
        <source>out point</source>
        <translation>アウト点</translation>
    </message>
    <message>
        <source>looping</source>
        <translation>ループ中</translation>
    </message>
    <message>
        <source>not looping</source>
        <translation>ループなし</translation>
    </message>
    <message>
        <source>From {start} to {end}, {state}. Arrow keys move the {which}; Up or Down switch.</source>
        <translation>{start}から{end}、{state}。矢印キーで{which}を移動、UpまたはDownで切り替え。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>利用額(&amp;S)</translation>
    </message>
    <message>
        <source>Queue and library</source>
        <translation>キューとライブラリ</translation>
    </message>
    <message>
        <source>Iteration thread</source>
        <translation>派生スレッド</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New generation</source>
        <translation>新規生成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>プレーヤー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;History and presets</source>
        <translation>履歴とプリセット(&amp;H)</translation>
    </message>
    <message>
        <source>Iteration &amp;thread</source>
        <translation>派生スレッド(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>結果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes and rating…</source>
        <translation>メモと評価(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Compare selected…</source>
        <translation>選択項目を比較(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>選択項目を書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OmniDesk</source>
        <translation>OmniDeskについて(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>ログフォルダを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Starting the service…</source>
        <translation>サービスを起動中…</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>デモモード</translation>
    </message>
    <message>
        <source>APIMart at {host}</source>
        <translation>APIMart({host})</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>準備完了。</translation>
    </message>
    <message>
        <source>OmniDesk could not start: {message}</source>
        <translation>OmniDeskを起動できませんでした: {message}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>The form holds that generation&apos;s settings: edit, then submit.</source>
        <translation>フォームにその生成の設定が入っています。編集してから送信してください。</translation>
    </message>
    <message>
        <source>The form holds this video&apos;s settings.</source>
        <translation>フォームにこの動画の設定が入っています。</translation>
    </message>
    <message>
        <source>The form is ready: edit the prompt if you like, then submit.</source>
        <translation>フォームの準備ができました。必要に応じてプロンプトを編集し、送信してください。</translation>
    </message>
    <message>
        <source>Template loaded: replace the bracketed parts.</source>
        <translation>テンプレートを読み込みました。角かっこ内を置き換えてください。</translation>
    </message>
    <message>
        <source>The form holds that version&apos;s settings: edit, then submit.</source>
        <translation>フォームにそのバージョンの設定が入っています。編集してから送信してください。</translation>
    </message>
    <message>
        <source>Play a result or select a task first: its thread is shown here.</source>
        <translation>先に結果を再生するか、タスクを選択してください。そのスレッドがここに表示されます。</translation>
    </message>
    <message>
        <source>Select a video in the library first.</source>
        <translation>先にライブラリで動画を選択してください。</translation>
    </message>
    <message>
        <source>Select videos in the library first.</source>
        <translation>先にライブラリで動画を選択してください。</translation>
    </message>
    <message>
        <source>&amp;Library ({count})</source>
        <translation>ライブラリ({count})(&amp;L)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>the built-in demo simulator</source>
        <translation>内蔵のデモシミュレーター</translation>
    </message>
    <message>
        <source>About OmniDesk</source>
        <translation>OmniDeskについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OmniDesk {version}&lt;/h3&gt;&lt;p&gt;A desktop studio for APIMart&apos;s Omni-Flash-Ext video model.&lt;/p&gt;&lt;p&gt;Connected to {where}.&lt;/p&gt;&lt;p&gt;Your data: {data}&lt;br&gt;Your videos: {videos}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OmniDesk {version}&lt;/h3&gt;&lt;p&gt;APIMartのOmni-Flash-Ext動画モデル向けデスクトップスタジオ。&lt;/p&gt;&lt;p&gt;接続先: {where}。&lt;/p&gt;&lt;p&gt;データ: {data}&lt;br&gt;動画: {videos}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Prompt matrix</source>
        <translation>プロンプトマトリクス</translation>
    </message>
    <message>
        <source>Every prompt line is combined with every checked setting. Nothing is sent until you press Send; the requests then go out at the pace the service allows.</source>
        <translation>すべてのプロンプト行が、チェックしたすべての設定と組み合わされます。「送信」を押すまで何も送信されません。送信後、リクエストはサービスが許可するペースで送られます。</translation>
    </message>
    <message>
        <source>Prompts, one per line</source>
        <translation>プロンプト(1行に1つ)</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>1行に1つのプロンプト</translation>
    </message>
    <message>
        <source>&amp;Prompts (one per line):</source>
        <translation>プロンプト(1行に1つ)(&amp;P):</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 横長</translation>
    </message>
    <message>
        <source>9:16 portrait</source>
        <translation>9:16 縦長</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>How many videos and their cost</source>
        <translation>動画の数と費用</translation>
    </message>
    <message>
        <source>Costs are estimates from a reseller&apos;s price table; the charges reported are the real ones.</source>
        <translation>費用は再販業者の価格表に基づく見積もりです。実際の金額は報告される請求額です。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Cancel: send nothing</source>
        <translation>キャンセル: 何も送信しません</translation>
    </message>
    <message>
        <source>{axis}: {value}</source>
        <translation>{axis}: {value}</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>プロンプト1件</translation>
    </message>
    <message>
        <source>{n} prompts</source>
        <translation>プロンプト{n}件</translation>
    </message>
    <message>
        <source>1 aspect</source>
        <translation>アスペクト比1種類</translation>
    </message>
    <message>
        <source>{n} aspects</source>
        <translation>アスペクト比{n}種類</translation>
    </message>
    <message>
        <source>1 resolution</source>
        <translation>解像度1種類</translation>
    </message>
    <message>
        <source>{n} resolutions</source>
        <translation>解像度{n}種類</translation>
    </message>
    <message>
        <source>1 duration</source>
        <translation>長さ1種類</translation>
    </message>
    <message>
        <source>{n} durations</source>
        <translation>長さ{n}種類</translation>
    </message>
    <message>
        <source>Matrix: {axes}</source>
        <translation>マトリクス: {axes}</translation>
    </message>
    <message>
        <source>Write at least one prompt line.</source>
        <translation>プロンプトを1行以上入力してください。</translation>
    </message>
    <message>
        <source>Check at least one aspect.</source>
        <translation>アスペクト比を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Check at least one resolution.</source>
        <translation>解像度を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Check at least one duration.</source>
        <translation>長さを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>One of these combinations cannot be sent: {reason}</source>
        <translation>送信できない組み合わせがあります: {reason}</translation>
    </message>
    <message>
        <source>That makes {count} videos: at most {most} go in one batch. Remove some prompt lines or settings.</source>
        <translation>動画が{count}本になります。1つのバッチに含められるのは最大{most}本です。プロンプト行または設定を減らしてください。</translation>
    </message>
    <message>
        <source>Send (nothing to send yet)</source>
        <translation>送信(送信するものがまだありません)</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>動画1本</translation>
    </message>
    <message>
        <source>{n} videos</source>
        <translation>動画{n}本</translation>
    </message>
    <message>
        <source>{videos} · ≈ ${total} in all (approximate)</source>
        <translation>{videos} · 合計 ≈ ${total}(概算)</translation>
    </message>
    <message>
        <source>Send {videos} (≈ ${total})</source>
        <translation>{videos}を送信(≈ ${total})</translation>
    </message>
</context>
<context>
    <name>ModeForm</name>
    <message>
        <source>Wait until the images are checked.</source>
        <translation>画像の確認が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Add the image first.</source>
        <translation>先に画像を追加してください。</translation>
    </message>
    <message>
        <source>Fill every image slot first ({n} empty).</source>
        <translation>先にすべての画像スロットを埋めてください(空き: {n})。</translation>
    </message>
    <message>
        <source>{group}: {choice}</source>
        <translation>{group}: {choice}</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Could not take the last frame</source>
        <translation>最終フレームを取得できませんでした</translation>
    </message>
    <message>
        <source>This result is already {resolution}, the highest resolution.</source>
        <translation>この結果は既に最高解像度の{resolution}です。</translation>
    </message>
    <message>
        <source>Could not promote</source>
        <translation>高解像度化できませんでした</translation>
    </message>
    <message>
        <source>Could not flip the aspect</source>
        <translation>縦横を切り替えられませんでした</translation>
    </message>
    <message>
        <source>Choose 1 to {most} variations.</source>
        <translation>バリエーションは1～{most}件の範囲で選択してください。</translation>
    </message>
    <message>
        <source>Could not send the variations</source>
        <translation>バリエーションを送信できませんでした</translation>
    </message>
    <message>
        <source>The service is still starting. Try again in a moment.</source>
        <translation>サービスはまだ起動中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>The form holds a First frame generation from the last frame: edit the prompt, then submit.</source>
        <translation>フォームに、最終フレームから始まる先頭フレーム生成が入っています。プロンプトを編集してから送信してください。</translation>
    </message>
    <message>
        <source>Open the main window to confirm spending past the daily cap.</source>
        <translation>1日の上限額を超える利用を確認するには、メインウインドウを開いてください。</translation>
    </message>
    <message>
        <source>Variations ×{count}: {prompt}</source>
        <translation>バリエーション ×{count}: {prompt}</translation>
    </message>
    <message>
        <source>1 image is no longer on disk: its earlier upload was used.</source>
        <translation>1枚の画像がディスク上にありません: 以前のアップロードを使用しました。</translation>
    </message>
    <message>
        <source>{count} images are no longer on disk: their earlier upload was used.</source>
        <translation>{count}枚の画像がディスク上にありません: 以前のアップロードを使用しました。</translation>
    </message>
    <message>
        <source>Promoted to {resolution}: submitted as #{id}.</source>
        <translation>{resolution}に高解像度化しました: #{id}として送信しました。</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>縦長</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横長</translation>
    </message>
    <message>
        <source>Flipped to {shape} ({aspect}): submitted as #{id}.</source>
        <translation>{shape}({aspect})に切り替えました: #{id}として送信しました。</translation>
    </message>
    <message>
        <source>1 variation submitted as #{id}.</source>
        <translation>バリエーション1件を#{id}として送信しました。</translation>
    </message>
    <message>
        <source>{count} variations submitted as one batch.</source>
        <translation>バリエーション{count}件を1つのバッチとして送信しました。</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Notes and Rating</source>
        <translation>メモと評価</translation>
    </message>
    <message>
        <source>Notes and rating</source>
        <translation>メモと評価</translation>
    </message>
    <message>
        <source>Prompt of the result</source>
        <translation>結果のプロンプト</translation>
    </message>
    <message>
        <source>What worked, what to change next time…</source>
        <translation>うまくいった点、次回変更する点…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Your notes on this result; the library&apos;s search finds them</source>
        <translation>この結果に関するメモ。ライブラリの検索対象になります</translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation>保存時の問題</translation>
    </message>
    <message>
        <source>Save notes and rating</source>
        <translation>メモと評価を保存</translation>
    </message>
    <message>
        <source>Save the notes and the rating (Ctrl+Enter)</source>
        <translation>メモと評価を保存(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>評価(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>The library is not open yet. Wait a moment, then save again.</source>
        <translation>ライブラリがまだ開いていません。しばらくしてから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The notes could not be saved: {reason} Your text is still here: try again.</source>
        <translation>メモを保存できませんでした: {reason} 入力したテキストは残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <source>{n} seconds</source>
        <translation>{n}秒</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Length of the video</source>
        <translation>動画の長さ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Resolution: 4k costs about twice as much</source>
        <translation>解像度: 4kは費用が約2倍です</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 横長</translation>
    </message>
    <message>
        <source>9:16 portrait</source>
        <translation>9:16 縦長</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>アスペクト比</translation>
    </message>
    <message>
        <source>Shape of the frame</source>
        <translation>フレームの形状</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>フレームサイズ</translation>
    </message>
    <message>
        <source>Approximate cost</source>
        <translation>概算費用</translation>
    </message>
    <message>
        <source>An estimate from a reseller&apos;s price table: there is no official price list. The charge the finished task reports is the real one.</source>
        <translation>再販業者の価格表に基づく見積もりです。公式の価格表はありません。完了したタスクで報告される請求額が実際の金額です。</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>長さ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>アスペクト比(&amp;A):</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>費用:</translation>
    </message>
    <message>
        <source>{w} × {h}</source>
        <translation>{w} × {h}</translation>
    </message>
    <message>
        <source>≈ ${cost:.2f} for {count} (approximate)</source>
        <translation>{count}件で ≈ ${cost:.2f}(概算)</translation>
    </message>
    <message>
        <source>≈ ${cost:.2f} (approximate)</source>
        <translation>≈ ${cost:.2f}(概算)</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Video player</source>
        <translation>動画プレーヤー</translation>
    </message>
    <message>
        <source>OmniDesk video</source>
        <translation>OmniDesk動画</translation>
    </message>
    <message>
        <source>Select a video in the Library or the Queue to play it.</source>
        <translation>再生するには、ライブラリまたはキューで動画を選択してください。</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>プレーヤーのメッセージ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>動画の再生位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>再生(Space)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>前のフレーム(,)</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>次のフレーム(.)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Play in a loop (L)</source>
        <translation>ループ再生(L)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>ミュート(M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>フルスクリーン</translation>
    </message>
    <message>
        <source>Fullscreen (F)</source>
        <translation>フルスクリーン(F)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Copy the whole prompt</source>
        <translation>プロンプト全体をコピー</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>プロンプトをコピー</translation>
    </message>
    <message>
        <source>Copy the whole prompt to the clipboard</source>
        <translation>プロンプト全体をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>この設定を使用</translation>
    </message>
    <message>
        <source>Start a new generation with this clip&apos;s prompt and parameters</source>
        <translation>このクリップのプロンプトとパラメータで新しい生成を開始</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>フルスクリーンを終了</translation>
    </message>
    <message>
        <source>Leave fullscreen (F or Esc)</source>
        <translation>フルスクリーンを終了(FまたはEsc)</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>一時停止(Space)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{width}×{height} px</source>
        <translation>{width}×{height} px</translation>
    </message>
    <message>
        <source>{seconds} s long</source>
        <translation>長さ {seconds} s</translation>
    </message>
    <message>
        <source>Charged ${cost}</source>
        <translation>請求額 ${cost}</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>費用不明</translation>
    </message>
    <message>
        <source>About ${cost} (estimate)</source>
        <translation>約${cost}(見積もり)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ミュート解除</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>ミュート解除(M)</translation>
    </message>
</context>
<context>
    <name>PosterCache</name>
    <message>
        <source>unexpected problem ({error})</source>
        <translation>予期しない問題({error})</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Describe the video: the scene, the subject and what it does, the environment, the camera movement, the visual style and the sounds.
e.g. A red fox trots through fresh snow in a birch forest at dawn; slow tracking shot at ground level; soft golden light, film grain; crunching snow, distant crows.</source>
        <translation>動画の内容を説明してください: シーン、被写体とその動作、環境、カメラの動き、映像スタイル、サウンド。
例: 夜明けの白樺林、新雪の中を小走りするアカギツネ。地面の高さからのゆっくりとしたトラッキングショット。柔らかな金色の光、フィルムグレイン。雪を踏みしめる音、遠くのカラスの鳴き声。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>What the video should show. Ctrl+Enter submits; Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>動画に表示する内容。Ctrl+Enterで送信、Ctrl+Zで取り消し、Ctrl+Shift+Zでやり直し。</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>プロンプトの長さ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>取り消し(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>やり直し(Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>{n} characters · write a prompt to submit</source>
        <translation>{n}文字 · 送信するにはプロンプトを入力してください</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1文字</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n}文字</translation>
    </message>
</context>
<context>
    <name>PromptHistoryModel</name>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用回数</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用日</translation>
    </message>
    <message>
        <source>Starred: {prompt}</source>
        <translation>スター付き: {prompt}</translation>
    </message>
    <message>
        <source>Used once, on {last}.</source>
        <translation>{last}に1回使用。</translation>
    </message>
    <message>
        <source>Used {count} times; last on {last}, first on {first}.</source>
        <translation>{count}回使用。最終使用: {last}、初回使用: {first}。</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Batch of {count}</source>
        <translation>{count}件のバッチ</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>プロンプトマトリクス</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>{count}件中{done}件完了</translation>
    </message>
    <message>
        <source>{done_text}, {failed} failed</source>
        <translation>{done_text}、{failed}件失敗</translation>
    </message>
    <message>
        <source>≈{cost}</source>
        <translation>≈{cost}</translation>
    </message>
    <message>
        <source>{quoted} / {charged}</source>
        <translation>{quoted} / {charged}</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>動画1本</translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translation>動画{count}本</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{label}: {status}</source>
        <translation>{label}: {status}</translation>
    </message>
    <message>
        <source>quoted about ${cost}</source>
        <translation>見積もり 約${cost}</translation>
    </message>
    <message>
        <source>charged ${cost} so far</source>
        <translation>これまでの請求額 ${cost}</translation>
    </message>
    <message>
        <source>The batch as a whole: {percent}%</source>
        <translation>バッチ全体: {percent}%</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失敗: {reason}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>拒否: {reason}</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>開始待ち</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>追跡停止</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{elapsed} / ≈{estimate}</source>
        <translation>{elapsed} / ≈{estimate}</translation>
    </message>
    <message>
        <source>downloading {percent}%</source>
        <translation>ダウンロード中 {percent}%</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>link expired</source>
        <translation>リンク期限切れ</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}({keys})</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダで表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy task id</source>
        <translation>タスクIDをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit and re-run…</source>
        <translation>編集して再実行(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Stop tracking…</source>
        <translation>追跡を停止(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Track again</source>
        <translation>再追跡(&amp;T)</translation>
    </message>
    <message>
        <source>Retry &amp;download</source>
        <translation>ダウンロードを再試行(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>リストから削除(&amp;M)</translation>
    </message>
    <message>
        <source>Pa&amp;use sending</source>
        <translation>送信を一時停止(&amp;U)</translation>
    </message>
    <message>
        <source>Co&amp;ntinue from last frame</source>
        <translation>最終フレームから続ける(&amp;N)</translation>
    </message>
    <message>
        <source>A First frame generation that starts where this video ends, in the form</source>
        <translation>この動画の終わりから始まる先頭フレーム生成をフォームに設定</translation>
    </message>
    <message>
        <source>Pr&amp;omote to higher resolution</source>
        <translation>高解像度化(&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;lip aspect</source>
        <translation>縦横を切り替え(&amp;L)</translation>
    </message>
    <message>
        <source>{count} variations</source>
        <translation>バリエーション{count}件</translation>
    </message>
    <message>
        <source>&amp;Variations</source>
        <translation>バリエーション(&amp;V)</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Hold queued submissions; tasks already sent keep running ({keys})</source>
        <translation>送信待ちのタスクを保留します。送信済みのタスクは実行を続けます({keys})</translation>
    </message>
    <message>
        <source>Show tasks by status</source>
        <translation>ステータス別にタスクを表示</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>キューの操作</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Next steps from the selected result</source>
        <translation>選択した結果からの次のステップ</translation>
    </message>
    <message>
        <source>Continue from the last frame, promote, flip the aspect or make variations</source>
        <translation>最終フレームから続ける、高解像度化、縦横の切り替え、バリエーションの作成</translation>
    </message>
    <message>
        <source>Why sending is held</source>
        <translation>送信が保留されている理由</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>送信を再開</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>直近の問題</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the problem</source>
        <translation>問題を閉じる</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>processing…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>downloading 100%</source>
        <translation>ダウンロード中 100%</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>選択したタスク</translation>
    </message>
    <message>
        <source>Paused: queued submissions wait until you resume.</source>
        <translation>一時停止中: 送信待ちのタスクは再開するまで待機します。</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>停止: {reason}</translation>
    </message>
    <message>
        <source>Could not read the list of tasks: {reason}</source>
        <translation>タスクの一覧を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Offline, retrying now.</source>
        <translation>オフライン。今すぐ再試行します。</translation>
    </message>
    <message>
        <source>Offline, retrying in {seconds} s.</source>
        <translation>オフライン。{seconds} s後に再試行します。</translation>
    </message>
    <message>
        <source>&amp;All ({count})</source>
        <translation>すべて({count})(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ctive ({count})</source>
        <translation>実行中({count})(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompleted ({count})</source>
        <translation>完了({count})(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Failed ({count})</source>
        <translation>失敗({count})(&amp;F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>{filter}: {count} tasks</source>
        <translation>{filter}: {count}件のタスク</translation>
    </message>
    <message>
        <source>{filter}, {count}</source>
        <translation>{filter}、{count}</translation>
    </message>
    <message>
        <source>Pr&amp;omote to {resolution}</source>
        <translation>{resolution}に高解像度化(&amp;O)</translation>
    </message>
    <message>
        <source>Select a task to see its details.</source>
        <translation>タスクを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>{count} tasks selected.</source>
        <translation>{count}件のタスクを選択中。</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message>
        <source>{status} · {percent}% as a whole</source>
        <translation>{status} · 全体の{percent}%</translation>
    </message>
    <message>
        <source>quoted about ${cost}</source>
        <translation>見積もり 約${cost}</translation>
    </message>
    <message>
        <source>charged ${cost} so far</source>
        <translation>これまでの請求額 ${cost}</translation>
    </message>
    <message>
        <source>Cost: {costs}</source>
        <translation>費用: {costs}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Task {task} · {mode} · {settings}</source>
        <translation>タスク {task} · {mode} · {settings}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>ステータス: {status}</translation>
    </message>
    <message>
        <source>Last trouble: {issue}</source>
        <translation>直近の問題: {issue}</translation>
    </message>
    <message>
        <source>The service&apos;s code: {code}</source>
        <translation>サービスのコード: {code}</translation>
    </message>
    <message>
        <source>Download: {reason}</source>
        <translation>ダウンロード: {reason}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>ファイル: {path}</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>プレビューなし: {reason}</translation>
    </message>
    <message>
        <source>Made from submission #{parent}</source>
        <translation>送信 #{parent}から作成</translation>
    </message>
    <message>
        <source>In batch: {label}</source>
        <translation>バッチ: {label}</translation>
    </message>
    <message>
        <source>Task actions</source>
        <translation>タスクの操作</translation>
    </message>
    <message>
        <source>The service is still starting. Try again in a moment.</source>
        <translation>サービスはまだ起動中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>The video {path} is no longer there: it was moved or deleted. Look for it in the library.</source>
        <translation>動画{path}が見つかりません。移動または削除された可能性があります。ライブラリで探してください。</translation>
    </message>
    <message>
        <source>Could not play</source>
        <translation>再生できませんでした</translation>
    </message>
    <message>
        <source>Could not show the folder</source>
        <translation>フォルダを表示できませんでした</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer there. Check the library folder in the settings.</source>
        <translation>フォルダ{folder}が見つかりません。設定でライブラリフォルダを確認してください。</translation>
    </message>
    <message>
        <source>Opened the folder of {name}</source>
        <translation>{name}のフォルダを開きました</translation>
    </message>
    <message>
        <source>Could not open the folder {folder}: no file manager answered. Open it by hand.</source>
        <translation>フォルダ{folder}を開けませんでした: ファイルマネージャーが応答しませんでした。手動で開いてください。</translation>
    </message>
    <message>
        <source>Task id copied</source>
        <translation>タスクIDをコピーしました</translation>
    </message>
    <message>
        <source>{count} task ids copied</source>
        <translation>{count}件のタスクIDをコピーしました</translation>
    </message>
    <message>
        <source>Could not submit again</source>
        <translation>再送信できませんでした</translation>
    </message>
    <message>
        <source>Submitted again. 1 image is no longer on disk: its earlier upload was used.</source>
        <translation>再送信しました。1枚の画像がディスク上にありません: 以前のアップロードを使用しました。</translation>
    </message>
    <message>
        <source>Submitted again. {count} images are no longer on disk: their earlier upload was used.</source>
        <translation>再送信しました。{count}枚の画像がディスク上にありません: 以前のアップロードを使用しました。</translation>
    </message>
    <message>
        <source>Submitted again</source>
        <translation>再送信しました</translation>
    </message>
    <message>
        <source>Continue needs the downloaded video: wait for its download, or retry it.</source>
        <translation>続けるにはダウンロード済みの動画が必要です。ダウンロードの完了を待つか、ダウンロードを再試行してください。</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>追跡を停止</translation>
    </message>
    <message>
        <source>Stop checking this task?</source>
        <translation>このタスクの確認を停止しますか?</translation>
    </message>
    <message>
        <source>Stop checking these {count} tasks?</source>
        <translation>これら{count}件のタスクの確認を停止しますか?</translation>
    </message>
    <message>
        <source>The service has no cancel: the task keeps running there, may still finish, and may be charged. OmniDesk only stops checking it. Choose Track again later to pick it up.</source>
        <translation>サービスにはキャンセル機能がありません。タスクはサービス側で実行を続け、完了して請求される可能性があります。OmniDeskは確認を停止するだけです。後で再開するには「再追跡」を選択してください。</translation>
    </message>
    <message>
        <source>Stopped tracking. The task may still finish and be charged; choose Track again ({keys}) to pick it up.</source>
        <translation>追跡を停止しました。タスクが完了して請求される可能性があります。再開するには「再追跡」({keys})を選択してください。</translation>
    </message>
    <message>
        <source>Could not stop tracking</source>
        <translation>追跡を停止できませんでした</translation>
    </message>
    <message>
        <source>Tracking again</source>
        <translation>再追跡中</translation>
    </message>
    <message>
        <source>Could not track again</source>
        <translation>再追跡できませんでした</translation>
    </message>
    <message>
        <source>Downloading again</source>
        <translation>再ダウンロード中</translation>
    </message>
    <message>
        <source>Could not retry the download</source>
        <translation>ダウンロードを再試行できませんでした</translation>
    </message>
    <message>
        <source>Removed from the list. Its downloaded video stays in the library.</source>
        <translation>リストから削除しました。ダウンロード済みの動画はライブラリに残ります。</translation>
    </message>
    <message>
        <source>{count} tasks removed from the list. Their videos stay in the library.</source>
        <translation>{count}件のタスクをリストから削除しました。動画はライブラリに残ります。</translation>
    </message>
    <message>
        <source>Could not remove from the list</source>
        <translation>リストから削除できませんでした</translation>
    </message>
    <message>
        <source>Sending paused: queued submissions wait until you resume.</source>
        <translation>送信を一時停止しました: 送信待ちのタスクは再開するまで待機します。</translation>
    </message>
    <message>
        <source>Could not pause sending</source>
        <translation>送信を一時停止できませんでした</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>送信を再開しました</translation>
    </message>
    <message>
        <source>Could not resume sending</source>
        <translation>送信を再開できませんでした</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Left and Right change it, 1 to 5 set it, 0 clears it</source>
        <translation>LeftとRightで変更、1～5で設定、0でクリア</translation>
    </message>
    <message>
        <source>1 star</source>
        <translation>星1つ</translation>
    </message>
    <message>
        <source>{n} stars</source>
        <translation>星{n}つ</translation>
    </message>
    <message>
        <source>Rate {stars} (click again to clear)</source>
        <translation>{stars}で評価(もう一度クリックするとクリア)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>{n} of {max}</source>
        <translation>{n}/{max}</translation>
    </message>
    <message>
        <source>Rating: {words}</source>
        <translation>評価: {words}</translation>
    </message>
</context>
<context>
    <name>ReferenceForm</name>
    <message>
        <source>1 image</source>
        <translation>画像1枚</translation>
    </message>
    <message>
        <source>3 images</source>
        <translation>画像3枚</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>The subject, look or composition of these images guides the video (1 or 3).</source>
        <translation>これらの画像の被写体、外観、構図が動画をガイドします(1枚または3枚)。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore settings</source>
        <translation>設定の復元</translation>
    </message>
    <message>
        <source>Replace the form with the settings of “{name}”?</source>
        <translation>フォームを「{name}」の設定で置き換えますか?</translation>
    </message>
    <message>
        <source>How the prompt would change</source>
        <translation>プロンプトの変更内容</translation>
    </message>
    <message>
        <source>The prompt stays the same.</source>
        <translation>プロンプトは変わりません。</translation>
    </message>
    <message>
        <source>How the settings would change</source>
        <translation>設定の変更内容</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>設定:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Replace the form</source>
        <translation>フォームを置き換え</translation>
    </message>
    <message>
        <source>Keep the form as it is</source>
        <translation>フォームをそのままにする</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Refresh the balance</source>
        <translation>残高を更新</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>残高: …</translation>
    </message>
    <message>
        <source>Remaining balance of this key, in the account&apos;s unit</source>
        <translation>このキーの残高(アカウントの単位)</translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation>残高: 取得できません</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>デモシミュレーター</translation>
    </message>
    <message>
        <source>Results are simulated on this computer; nothing is charged.</source>
        <translation>結果はこのコンピュータ上でシミュレーションされます。請求は発生しません。</translation>
    </message>
    <message>
        <source>APIMart at {host}</source>
        <translation>APIMart({host})</translation>
    </message>
    <message>
        <source>API key from {source}</source>
        <translation>{source}のAPIキー</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline, retrying in {seconds} s</source>
        <translation>オフライン、{seconds} s後に再試行</translation>
    </message>
    <message>
        <source>Offline, retrying…</source>
        <translation>オフライン、再試行中…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>OmniDesk settings</source>
        <translation>OmniDeskの設定</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定のセクション</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>サービス(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Library and new videos</source>
        <translation>ライブラリと新規動画(&amp;L)</translation>
    </message>
    <message>
        <source>APIMart API key</source>
        <translation>APIMartのAPIキー</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>保存済みのキーを検索中…</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>保存済みのキー</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>新しいキーをここにペースト</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>新しいAPIキー</translation>
    </message>
    <message>
        <source>A new key replaces the stored one when you save it.</source>
        <translation>新しいキーを保存すると、保存済みのキーが置き換えられます。</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>新しいキー(&amp;N):</translation>
    </message>
    <message>
        <source>Sa&amp;ve key</source>
        <translation>キーを保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>キーを保存</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>キーをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>キーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Forget the stored key (OmniDesk then runs in demo mode)</source>
        <translation>保存済みのキーを削除(以後、OmniDeskはデモモードで動作します)</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>キーのメッセージ</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベースURL</translation>
    </message>
    <message>
        <source>Leave empty for APIMart at {url}, or give a mirror&apos;s address.</source>
        <translation>APIMart({url})を使用する場合は空欄のままにするか、ミラーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベースURL(&amp;B):</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>ネットワークプロキシ</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>システム設定</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>カスタム:</translation>
    </message>
    <message>
        <source>System settings: the proxy your system or environment names. Custom: http(s) or socks5.</source>
        <translation>システム設定: システムまたは環境で指定されたプロキシを使用。カスタム: http(s)またはsocks5。</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>プロキシアドレス</translation>
    </message>
    <message>
        <source>http://host:port or socks5://host:port</source>
        <translation>http://host:port または socks5://host:port</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>Language of the window and of the service&apos;s messages</source>
        <translation>ウィンドウとサービスのメッセージの言語</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>システムに合わせる（{language}）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The service&apos;s messages follow at once; the window, when OmniDesk next starts.</source>
        <translation>サービスのメッセージにはすぐに反映されます。ウィンドウには OmniDesk の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Demo mode: use the built-in simulator even with a key</source>
        <translation>デモモード: キーがあっても内蔵シミュレーターを使用(&amp;D)</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>デモモード</translation>
    </message>
    <message>
        <source>Nothing is sent to APIMart and nothing is charged.</source>
        <translation>APIMartには何も送信されず、請求も発生しません。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Ask the service for the balance, with the key typed above or the stored one</source>
        <translation>上に入力したキーまたは保存済みのキーで、サービスに残高を問い合わせます</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>ライブラリフォルダ</translation>
    </message>
    <message>
        <source>Where finished videos are kept. Leave empty for the default.</source>
        <translation>完成した動画の保存先。デフォルトを使用する場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>ライブラリフォルダを選択</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>Defaults for new videos</source>
        <translation>新規動画のデフォルト</translation>
    </message>
    <message>
        <source>Default mode</source>
        <translation>デフォルトのモード</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>テキストから動画</translation>
    </message>
    <message>
        <source>First frame (image to video)</source>
        <translation>先頭フレーム(画像から動画)</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>参照動画</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>デフォルトの長さ</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>デフォルトの解像度</translation>
    </message>
    <message>
        <source>Default aspect ratio</source>
        <translation>デフォルトのアスペクト比</translation>
    </message>
    <message>
        <source>16:9 (landscape)</source>
        <translation>16:9(横長)</translation>
    </message>
    <message>
        <source>9:16 (portrait)</source>
        <translation>9:16(縦長)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>長さ(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;esolution:</source>
        <translation>解像度(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Aspect ratio:</source>
        <translation>アスペクト比(&amp;A):</translation>
    </message>
    <message>
        <source>When a video is ready</source>
        <translation>動画の完成時</translation>
    </message>
    <message>
        <source>&amp;Play it at once</source>
        <translation>すぐに再生(&amp;P)</translation>
    </message>
    <message>
        <source>Play new results at once</source>
        <translation>新しい結果をすぐに再生</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification</source>
        <translation>デスクトップ通知を表示(&amp;N)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>デスクトップ通知</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>利用額</translation>
    </message>
    <message>
        <source>Daily spending cap in dollars, approximate (0: no cap)</source>
        <translation>1日の利用上限額(ドル、概算。0: 上限なし)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Before a submission would take the day&apos;s spending past this amount, OmniDesk asks first. 0 means no cap.</source>
        <translation>送信によってその日の利用額がこの金額を超える場合、OmniDeskは事前に確認します。0は上限なしを意味します。</translation>
    </message>
    <message>
        <source>Daily &amp;cap (approximate):</source>
        <translation>1日の上限額(概算)(&amp;C):</translation>
    </message>
    <message>
        <source>Counted from OmniDesk&apos;s price estimates and the charges the service reports, so it may differ a little from your APIMart bill.</source>
        <translation>OmniDeskの価格見積もりとサービスから報告された請求額から算出されるため、APIMartの請求額とは多少異なる場合があります。</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s address, like http://host:port or socks5://host:port.</source>
        <translation>プロキシのアドレスを入力してください(例: http://host:port、socks5://host:port)。</translation>
    </message>
    <message>
        <source>The base URL</source>
        <translation>ベースURL</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The default mode</source>
        <translation>デフォルトのモード</translation>
    </message>
    <message>
        <source>The default duration</source>
        <translation>デフォルトの長さ</translation>
    </message>
    <message>
        <source>The default resolution</source>
        <translation>デフォルトの解像度</translation>
    </message>
    <message>
        <source>The default aspect ratio</source>
        <translation>デフォルトのアスペクト比</translation>
    </message>
    <message>
        <source>The daily spending cap</source>
        <translation>1日の利用上限額</translation>
    </message>
    <message>
        <source>{field} {problem}.</source>
        <translation>{field}: {problem}。</translation>
    </message>
    <message>
        <source>In use: the key from {variable} ({masked}). It wins over a stored key; unset the variable to use the one kept here.</source>
        <translation>使用中: {variable}のキー({masked})。保存済みのキーより優先されます。ここに保存したキーを使用するには、この変数を解除してください。</translation>
    </message>
    <message>
        <source>Stored in {where}: {masked}.</source>
        <translation>{where}に保存済み: {masked}。</translation>
    </message>
    <message>
        <source>No key stored. OmniDesk runs in demo mode with its built-in simulator until you add one.</source>
        <translation>キーが保存されていません。キーを追加するまで、OmniDeskは内蔵シミュレーターを使用するデモモードで動作します。</translation>
    </message>
    <message>
        <source>{variable} is set, so videos go to {path} whatever is chosen here.</source>
        <translation>{variable}が設定されているため、ここでの選択に関係なく動画は{path}に保存されます。</translation>
    </message>
    <message>
        <source>Could not look for a stored key: {reason}</source>
        <translation>保存済みのキーを検索できませんでした: {reason}</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>本人のみが読み取れるファイル({path})</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>キーを保存中…</translation>
    </message>
    <message>
        <source>Key saved in {where}.</source>
        <translation>キーを{where}に保存しました。</translation>
    </message>
    <message>
        <source>The key was not saved: {reason}</source>
        <translation>キーは保存されませんでした: {reason}</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>システムのキーチェーンがありません</translation>
    </message>
    <message>
        <source>This computer has no system keychain, so the key cannot be kept there.</source>
        <translation>このコンピュータにはシステムのキーチェーンがないため、キーをそこに保存できません。</translation>
    </message>
    <message>
        <source>OmniDesk can keep it in a file only your user account can read:
{path}

Anyone who can use your account or read your backups could read it. Alternatively, do not save it and set the OMNIDESK_API_KEY environment variable.</source>
        <translation>OmniDeskは、お使いのユーザアカウントのみが読み取れるファイルにキーを保存できます:
{path}

お使いのアカウントを使用できる人や、バックアップを読み取れる人は、キーを読み取ることができます。代わりに、キーを保存せずにOMNIDESK_API_KEY環境変数を設定することもできます。</translation>
    </message>
    <message>
        <source>&amp;Keep it in the file</source>
        <translation>ファイルに保存(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save it</source>
        <translation>保存しない(&amp;D)</translation>
    </message>
    <message>
        <source>The key was not saved. Set OMNIDESK_API_KEY, or save it in the file.</source>
        <translation>キーは保存されませんでした。OMNIDESK_API_KEYを設定するか、ファイルに保存してください。</translation>
    </message>
    <message>
        <source>The stored key was removed; the key from {variable} is still in use.</source>
        <translation>保存済みのキーを削除しました。{variable}のキーは引き続き使用されます。</translation>
    </message>
    <message>
        <source>The stored key was removed. OmniDesk will run in demo mode.</source>
        <translation>保存済みのキーを削除しました。OmniDeskはデモモードで動作します。</translation>
    </message>
    <message>
        <source>The key was not removed: {reason}</source>
        <translation>キーは削除されませんでした: {reason}</translation>
    </message>
    <message>
        <source>Asking {host} for the balance…</source>
        <translation>{host}に残高を問い合わせ中…</translation>
    </message>
    <message>
        <source>Balance: unlimited</source>
        <translation>残高: 無制限</translation>
    </message>
    <message>
        <source>Balance: ${remain} left</source>
        <translation>残高: ${remain}</translation>
    </message>
    <message>
        <source>(${used} used so far)</source>
        <translation>(これまでの使用額 ${used})</translation>
    </message>
    <message>
        <source>Connected to the demo simulator (no key is set).</source>
        <translation>デモシミュレーターに接続しました(キーは設定されていません)。</translation>
    </message>
    <message>
        <source>Connected: the key works.</source>
        <translation>接続しました: キーは有効です。</translation>
    </message>
    <message>
        <source>There is no key to test and the demo service is not running yet. Paste a key above, or wait for the demo to start and try again.</source>
        <translation>テストするキーがなく、デモサービスもまだ起動していません。上にキーをペーストするか、デモの起動を待ってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SpendCheck</name>
    <message>
        <source>The service is still starting, so today&apos;s spending is not known yet.</source>
        <translation>サービスはまだ起動中のため、今日の利用額はまだわかりません。</translation>
    </message>
    <message>
        <source>This would take today&apos;s spending past your daily cap.</source>
        <translation>この送信により、今日の利用額が1日の上限額を超えます。</translation>
    </message>
    <message>
        <source>Today so far: about {spent}. This submission: about {quote}. Together about {total}, over your {cap} daily cap.

These are estimates; the service&apos;s charges may differ a little.</source>
        <translation>今日の利用額: 約{spent}。この送信: 約{quote}。合計約{total}で、1日の上限額{cap}を超えます。

これらは見積もりです。サービスの請求額とは多少異なる場合があります。</translation>
    </message>
    <message>
        <source>OmniDesk could not read today&apos;s spending: {reason}</source>
        <translation>OmniDeskは今日の利用額を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>This submission costs about {quote}; your daily cap is {cap}. Send it anyway, or cancel and try again in a moment.</source>
        <translation>この送信の費用は約{quote}で、1日の上限額は{cap}です。このまま送信するか、キャンセルしてしばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Daily spending cap</source>
        <translation>1日の利用上限額</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>このまま送信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Send anyway, past the daily cap</source>
        <translation>1日の上限額を超えてもこのまま送信</translation>
    </message>
    <message>
        <source>Cancel this submission</source>
        <translation>この送信をキャンセル</translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <source>Spending</source>
        <translation>利用額</translation>
    </message>
    <message>
        <source>Today&apos;s spending</source>
        <translation>今日の利用額</translation>
    </message>
    <message>
        <source>Today&apos;s spending against the daily cap</source>
        <translation>1日の上限額に対する今日の利用額</translation>
    </message>
    <message>
        <source>Quoted amounts are OmniDesk&apos;s estimates before sending (approximate); charged amounts are what the service reported. “Still running” is the quote of videos not charged yet.</source>
        <translation>見積額は送信前のOmniDeskによる見積もり(概算)、請求額はサービスから報告された金額です。「実行中」は、まだ請求されていない動画の見積額です。</translation>
    </message>
    <message>
        <source>Spending message</source>
        <translation>利用額のメッセージ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Quoted (approx.)</source>
        <translation>見積額(概算)</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Still running (approx.)</source>
        <translation>実行中(概算)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Spending per day</source>
        <translation>日別の利用額</translation>
    </message>
    <message>
        <source>Newest day first; amounts in dollars</source>
        <translation>新しい日付順。金額はドル</translation>
    </message>
    <message>
        <source>Spending per batch</source>
        <translation>バッチ別の利用額</translation>
    </message>
    <message>
        <source>Variations and prompt matrices, newest first; amounts in dollars</source>
        <translation>バリエーションとプロンプトマトリクス(新しい順)。金額はドル</translation>
    </message>
    <message>
        <source>Per &amp;day</source>
        <translation>日別(&amp;D)</translation>
    </message>
    <message>
        <source>Per &amp;batch</source>
        <translation>バッチ別(&amp;B)</translation>
    </message>
    <message>
        <source>Daily &amp;cap…</source>
        <translation>1日の上限額(&amp;C)…</translation>
    </message>
    <message>
        <source>Set the daily spending cap</source>
        <translation>1日の利用上限額を設定</translation>
    </message>
    <message>
        <source>Set or change the daily spending cap in the settings</source>
        <translation>設定で1日の利用上限額を設定または変更</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the spending</source>
        <translation>利用額を更新</translation>
    </message>
    <message>
        <source>Read the spending again (F5)</source>
        <translation>利用額を再読み込み(F5)</translation>
    </message>
    <message>
        <source>Reading the spending…</source>
        <translation>利用額を読み込み中…</translation>
    </message>
    <message>
        <source>The spending appears once OmniDesk has opened the service.</source>
        <translation>OmniDeskがサービスを開くと、利用額が表示されます。</translation>
    </message>
    <message>
        <source>Could not read the spending: {reason} Press Refresh to try again.</source>
        <translation>利用額を読み込めませんでした: {reason} 「更新」を押して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>about {amount}</source>
        <translation>約{amount}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Batch {id}</source>
        <translation>バッチ{id}</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>プロンプトマトリクス</translation>
    </message>
    <message>
        <source>Today: {spent}, over your {cap} daily cap.</source>
        <translation>今日: {spent}。1日の上限額{cap}を超えています。</translation>
    </message>
    <message>
        <source>Today: {spent} of your {cap} daily cap.</source>
        <translation>今日: {spent}(1日の上限額{cap}のうち)。</translation>
    </message>
    <message>
        <source>{percent}% of the cap</source>
        <translation>上限額の{percent}%</translation>
    </message>
    <message>
        <source>Nothing spent today.</source>
        <translation>今日の利用はありません。</translation>
    </message>
    <message>
        <source>Today: {spent}.</source>
        <translation>今日: {spent}。</translation>
    </message>
    <message>
        <source>No daily cap is set.</source>
        <translation>1日の上限額は設定されていません。</translation>
    </message>
    <message>
        <source>About {pending} of it is still running.</source>
        <translation>そのうち約{pending}は実行中です。</translation>
    </message>
</context>
<context>
    <name>TaskNotifier</name>
    <message>
        <source>Video ready</source>
        <translation>動画の準備完了</translation>
    </message>
    <message>
        <source>Result link expired</source>
        <translation>結果のリンクの期限切れ</translation>
    </message>
    <message>
        <source>{prompt}: generate it again to get the video.</source>
        <translation>{prompt}: 動画を取得するには、もう一度生成してください。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>Submission refused</source>
        <translation>送信が拒否されました</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>生成に失敗しました</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Structured prompt</source>
        <translation>構成済みプロンプト</translation>
    </message>
    <message>
        <source>Scene: [where and when]. Subject: [who or what]. Action: [what happens]. Environment: [weather, light, surroundings]. Camera: [shot size and movement]. Style: [look, lens, grade]. Audio: [sounds, music, voices].</source>
        <translation>シーン: [場所と時間]。被写体: [誰または何]。動き: [何が起きるか]。環境: [天気、光、周囲]。カメラ: [ショットサイズと動き]。スタイル: [見た目、レンズ、グレーディング]。音: [効果音、音楽、声]。</translation>
    </message>
    <message>
        <source>Product shot</source>
        <translation>商品ショット</translation>
    </message>
    <message>
        <source>A [product] on [surface] in a clean studio; it slowly turns to show [detail]. Soft key light with a gentle rim light; slow orbit around the product at eye level; crisp commercial look, shallow depth of field; subtle ambient music.</source>
        <translation>清潔なスタジオの[台の上]に置かれた[商品]が、ゆっくり回転して[細部]を見せる。柔らかなキーライトと控えめなリムライト。目線の高さで商品の周りをゆっくり周回するカメラ。くっきりとしたCM風の映像、浅い被写界深度。控えめなアンビエント音楽。</translation>
    </message>
    <message>
        <source>Nature documentary</source>
        <translation>ネイチャードキュメンタリー</translation>
    </message>
    <message>
        <source>[Animal] [does what] in [habitat] at [time of day]; [weather]. Long lens, slow tracking shot at ground level; natural colours, fine film grain; wind, distant birds, [animal sounds].</source>
        <translation>[時間帯]の[生息地]で[動物]が[何かをする]。[天気]。望遠レンズ、地面の高さでのゆっくりとしたトラッキングショット。自然な色合い、細かなフィルムグレイン。風の音、遠くの鳥の声、[動物の鳴き声]。</translation>
    </message>
    <message>
        <source>Character moment</source>
        <translation>キャラクターの瞬間</translation>
    </message>
    <message>
        <source>Close-up of [character] in [place], [emotion] as [event]. Warm practical lights, rain on the window behind; slow push-in; cinematic, anamorphic, teal and orange grade; muffled city sounds, soft piano.</source>
        <translation>[場所]にいる[キャラクター]のクローズアップ。[出来事]に[感情]を見せる。暖かい実用照明、背後の窓に雨。ゆっくりとしたプッシュイン。映画的、アナモルフィック、ティール&amp;オレンジのグレーディング。くぐもった街の音、柔らかなピアノ。</translation>
    </message>
    <message>
        <source>Aerial establishing shot</source>
        <translation>空撮の導入ショット</translation>
    </message>
    <message>
        <source>Aerial view over [landscape or city] at [time of day]; [what moves below]. Drone glides forward and slowly tilts down; epic wide shot, golden light, haze; low orchestral swell, wind.</source>
        <translation>[時間帯]の[風景または街]の空撮。眼下では[動くもの]。ドローンが前進しながらゆっくりと下へティルト。壮大なワイドショット、黄金色の光、霞。低く高まるオーケストラ、風の音。</translation>
    </message>
</context>
<context>
    <name>TextForm</name>
    <message>
        <source>Only the prompt and the settings below are sent: no images.</source>
        <translation>プロンプトと下の設定のみが送信されます(画像なし)。</translation>
    </message>
</context>
<context>
    <name>VideoForm</name>
    <message>
        <source>https://… public address of the video</source>
        <translation>https://… 動画の公開アドレス</translation>
    </message>
    <message>
        <source>Reference video URL</source>
        <translation>参照動画のURL</translation>
    </message>
    <message>
        <source>Reference video &amp;URL:</source>
        <translation>参照動画のURL(&amp;U):</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>画像1枚</translation>
    </message>
    <message>
        <source>3 images</source>
        <translation>画像3枚</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Use as f&amp;irst frame</source>
        <translation>先頭フレームとして使用(&amp;I)</translation>
    </message>
    <message>
        <source>Use the image as the first frame</source>
        <translation>画像を先頭フレームとして使用</translation>
    </message>
    <message>
        <source>Use as r&amp;eference</source>
        <translation>参照として使用(&amp;E)</translation>
    </message>
    <message>
        <source>Use the image as a reference</source>
        <translation>画像を参照として使用</translation>
    </message>
    <message>
        <source>The motion of this video guides the new one, and it decides the length (no duration is sent). Videos cannot be uploaded: give a public http(s) address.</source>
        <translation>この動画の動きが新しい動画をガイドし、長さもこの動画で決まります(長さは送信されません)。動画はアップロードできません: 公開されたhttp(s)アドレスを指定してください。</translation>
    </message>
    <message>
        <source>Images (optional):</source>
        <translation>画像(省略可):</translation>
    </message>
    <message>
        <source>Enter the reference video&apos;s URL first.</source>
        <translation>先に参照動画のURLを入力してください。</translation>
    </message>
    <message>
        <source>The reference video URL must be an http(s) address.</source>
        <translation>参照動画のURLはhttp(s)アドレスである必要があります。</translation>
    </message>
    <message>
        <source>Required: the public http(s) address of the motion reference.</source>
        <translation>必須: 動きの参照元となる公開http(s)アドレス。</translation>
    </message>
    <message>
        <source>An http(s) address: the service fetches it when the task is sent.</source>
        <translation>http(s)アドレス: タスクの送信時にサービスが取得します。</translation>
    </message>
    <message>
        <source>Not an http(s) address: it must start with https:// (or http://) and name a host.</source>
        <translation>http(s)アドレスではありません: https://(またはhttp://)で始まり、ホスト名を含む必要があります。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>Wipe view</source>
        <translation>ワイプ表示</translation>
    </message>
    <message>
        <source>The first clip left of the divider, the second right of it. Move it with the arrow keys.</source>
        <translation>1つ目のクリップは区切り線の左、2つ目は右に表示されます。区切り線は矢印キーで移動できます。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Text to video</source>
        <translation>テキストから動画</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>先頭フレーム</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>参照動画</translation>
    </message>
</context>
<context>
    <name>_MessageRow</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>キューを再開</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AspectPreview</name>
    <message>
        <source>Frame shape</source>
        <translation>画面形状</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h} 像素</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Balance: unlimited</source>
        <translation>余额：无限制</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>余额：未知</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>余额：{amount}</translation>
    </message>
</context>
<context>
    <name>BasedOnChip</name>
    <message>
        <source>Based on</source>
        <translation>基于</translation>
    </message>
    <message>
        <source>Not based on that result</source>
        <translation>不基于该结果</translation>
    </message>
    <message>
        <source>Not based on that result any more: what you submit records no parent</source>
        <translation>不再基于该结果：提交时不记录来源</translation>
    </message>
    <message>
        <source>Based on: “{prompt}”</source>
        <translation>基于：“{prompt}”</translation>
    </message>
    <message>
        <source>What you submit records submission #{id} as its parent, even after you edit the prompt:
{prompt}</source>
        <translation>提交时会将提交 #{id} 记录为来源，即使你之后编辑了提示词：
{prompt}</translation>
    </message>
</context>
<context>
    <name>CompareCell</name>
    <message>
        <source>Clip {number}</source>
        <translation>片段 {number}</translation>
    </message>
    <message>
        <source>Clip number</source>
        <translation>片段编号</translation>
    </message>
    <message>
        <source>Clip {number} (press {number} to pick it)</source>
        <translation>片段 {number}（按 {number} 选定）</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Video of clip {number}</source>
        <translation>片段 {number} 的视频</translation>
    </message>
    <message>
        <source>Message for clip {number}</source>
        <translation>片段 {number} 的消息</translation>
    </message>
    <message>
        <source>Prompt of clip {number}, compared with clip 1</source>
        <translation>片段 {number} 的提示词（与片段 1 对比）</translation>
    </message>
    <message>
        <source>Prompt of clip 1</source>
        <translation>片段 1 的提示词</translation>
    </message>
    <message>
        <source>Settings of clip {number}</source>
        <translation>片段 {number} 的设置</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>选定</translation>
    </message>
    <message>
        <source>Clip {number} is the winner</source>
        <translation>片段 {number} 为最佳</translation>
    </message>
    <message>
        <source>Pick clip {number} as the winner</source>
        <translation>选定片段 {number} 为最佳</translation>
    </message>
    <message>
        <source>Star clip {number} as the winner ({number})</source>
        <translation>为片段 {number} 加星标，设为最佳 ({number})</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare {count} results</source>
        <translation>对比 {count} 个结果</translation>
    </message>
    <message>
        <source>Compare results</source>
        <translation>对比结果</translation>
    </message>
    <message>
        <source>Space plays every clip; I and O set a loop; W switches to the wipe view; 1 to {count} picks the winner.</source>
        <translation>Space 播放所有片段；I 和 O 设置循环；W 切换到划像视图；1 到 {count} 选定最佳。</translation>
    </message>
    <message>
        <source>Archive the others</source>
        <translation>归档其余片段</translation>
    </message>
    <message>
        <source>Archive the other clips</source>
        <translation>归档其余片段</translation>
    </message>
    <message>
        <source>Set the other clips aside in the library: hidden from the grid, not deleted (A)</source>
        <translation>将其余片段在媒体库中搁置：不在网格中显示，但不会删除 (A)</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep the other clips</source>
        <translation>保留其余片段</translation>
    </message>
    <message>
        <source>Leave the other clips as they are</source>
        <translation>其余片段保持不变</translation>
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
        <translation>片段 1 在分隔线左侧，片段 2 在右侧。可拖动分隔线，或使用方向键。</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Position in every clip</source>
        <translation>所有片段的播放位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play every clip (Space)</source>
        <translation>播放所有片段 (Space)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Every clip one frame back (,)</source>
        <translation>所有片段后退一帧 (,)</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Every clip one frame forward (.)</source>
        <translation>所有片段前进一帧 (.)</translation>
    </message>
    <message>
        <source>Set the in point</source>
        <translation>设置入点</translation>
    </message>
    <message>
        <source>Start the loop here (I)</source>
        <translation>从此处开始循环 (I)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入点</translation>
    </message>
    <message>
        <source>Set the out point</source>
        <translation>设置出点</translation>
    </message>
    <message>
        <source>End the loop here (O)</source>
        <translation>在此处结束循环 (O)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出点</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Play the range in a loop (L)</source>
        <translation>循环播放该区间 (L)</translation>
    </message>
    <message>
        <source>Clear the loop range</source>
        <translation>清除循环区间</translation>
    </message>
    <message>
        <source>Back to the whole clip, no loop (X)</source>
        <translation>恢复为整个片段，不循环 (X)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Playback speed of every clip</source>
        <translation>所有片段的播放速度</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Sound from</source>
        <translation>声音来源</translation>
    </message>
    <message>
        <source>Whose sound plays (one at a time, so they can be told apart)</source>
        <translation>播放哪个片段的声音（一次一个，便于分辨）</translation>
    </message>
    <message>
        <source>Sound: clip {number}</source>
        <translation>声音：片段 {number}</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>无声音</translation>
    </message>
    <message>
        <source>Wipe view</source>
        <translation>划像视图</translation>
    </message>
    <message>
        <source>One picture split by a divider (W)</source>
        <translation>用分隔线将一个画面一分为二 (W)</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>划像</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Wipe view: clip 1 on the left, clip 2 on the right. W goes back to the grid.</source>
        <translation>划像视图：片段 1 在左，片段 2 在右。按 W 返回网格视图。</translation>
    </message>
    <message>
        <source>Grid view.</source>
        <translation>网格视图。</translation>
    </message>
    <message>
        <source>Clip {number} is the winner: starred in the library.</source>
        <translation>片段 {number} 为最佳：已在媒体库中加星标。</translation>
    </message>
    <message>
        <source>Clip {number} is starred. Archive clip {other} to set it aside in the library?</source>
        <translation>片段 {number} 已加星标。要归档片段 {other}，将其在媒体库中搁置吗？</translation>
    </message>
    <message>
        <source>Clip {number} is starred. Archive clips {others} to set them aside in the library?</source>
        <translation>片段 {number} 已加星标。要归档片段 {others}，将它们在媒体库中搁置吗？</translation>
    </message>
    <message>
        <source>Clip {number} could not be starred: {reason}</source>
        <translation>无法为片段 {number} 加星标：{reason}</translation>
    </message>
    <message>
        <source>Archived clip {number}: set aside in the library, not deleted.</source>
        <translation>已归档片段 {number}：已在媒体库中搁置，未删除。</translation>
    </message>
    <message>
        <source>Archived clips {numbers}: set aside in the library, not deleted.</source>
        <translation>已归档片段 {numbers}：已在媒体库中搁置，未删除。</translation>
    </message>
    <message>
        <source>Clip {number} could not be archived: {reason}</source>
        <translation>无法归档片段 {number}：{reason}</translation>
    </message>
    <message>
        <source>The other clips could not be archived: {reason}</source>
        <translation>无法归档其余片段：{reason}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} 和 {last}</translation>
    </message>
    <message>
        <source>The library is not open yet: wait until OmniDesk is connected, then try again.</source>
        <translation>媒体库尚未打开：请等待 OmniDesk 连接后重试。</translation>
    </message>
    <message>
        <source>Still saving the last change to the library; try again in a moment.</source>
        <translation>仍在保存对媒体库的上一次更改，请稍后重试。</translation>
    </message>
    <message>
        <source>The wipe view shows exactly two clips; this comparison has {count}.</source>
        <translation>划像视图只能显示两个片段；本次对比有 {count} 个。</translation>
    </message>
    <message>
        <source>The wipe view needs two clips of the same shape; these two differ.</source>
        <translation>划像视图需要两个画面形状相同的片段；这两个片段不同。</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Clip {number}: {reason}</source>
        <translation>片段 {number}：{reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause every clip (Space)</source>
        <translation>暂停所有片段 (Space)</translation>
    </message>
    <message>
        <source>There is no clip {number} here: pick 1 to {count}.</source>
        <translation>这里没有片段 {number}：请选择 1 到 {count}。</translation>
    </message>
    <message>
        <source>The other clips were left as they are.</source>
        <translation>其余片段保持不变。</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt;: videos come from OmniDesk&apos;s built-in simulator. They are simulated and cost nothing. Add your APIMart API key to make real ones.</source>
        <translation>&lt;b&gt;演示模式&lt;/b&gt;：视频由 OmniDesk 内置模拟器生成，均为模拟视频，不产生任何费用。添加你的 APIMart API 密钥即可生成真实视频。</translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation>添加 API 密钥…</translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation>添加 API 密钥</translation>
    </message>
</context>
<context>
    <name>ErrorArea</name>
    <message>
        <source>Problems with generating</source>
        <translation>生成时出现的问题</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Check the system clock, any proxy, and that the certificate is trusted.</source>
        <translation>请检查系统时钟、代理设置，并确认证书受信任。</translation>
    </message>
    <message>
        <source>Fix it and try again; nothing was sent.</source>
        <translation>请修改后重试；未发送任何内容。</translation>
    </message>
    <message>
        <source>Check your API key in Settings (or OMNIDESK_API_KEY) and try again.</source>
        <translation>请检查设置中（或 OMNIDESK_API_KEY）的 API 密钥，然后重试。</translation>
    </message>
    <message>
        <source>Your balance is spent. Top up your APIMart account, then submit again.</source>
        <translation>余额已用完。请为 APIMart 账户充值后再提交。</translation>
    </message>
    <message>
        <source>This key may not use this model or may be restricted by IP; check the key&apos;s permissions.</source>
        <translation>此密钥可能无权使用该模型，或受 IP 限制；请检查密钥的权限。</translation>
    </message>
    <message>
        <source>OmniDesk waits and retries by itself.</source>
        <translation>OmniDesk 会等待并自动重试。</translation>
    </message>
    <message>
        <source>The request was refused; change it and submit again.</source>
        <translation>请求被拒绝；请修改后重新提交。</translation>
    </message>
    <message>
        <source>The same submission is still being handled; OmniDesk waits and asks again.</source>
        <translation>同一提交仍在处理中；OmniDesk 会等待并再次查询。</translation>
    </message>
    <message>
        <source>This submission&apos;s key was already used for a different request (a bug in OmniDesk).</source>
        <translation>此提交的密钥已被另一个请求使用（OmniDesk 的缺陷）。</translation>
    </message>
    <message>
        <source>Check the task id; the server may have forgotten very old tasks.</source>
        <translation>请检查任务 ID；服务器可能已不再保留很旧的任务。</translation>
    </message>
    <message>
        <source>The service had a problem; try again in a moment.</source>
        <translation>服务出现问题；请稍后重试。</translation>
    </message>
    <message>
        <source>The service timed out; OmniDesk retries by itself.</source>
        <translation>服务超时；OmniDesk 会自动重试。</translation>
    </message>
    <message>
        <source>Result links only last 24-72 hours; this one can no longer be downloaded.</source>
        <translation>结果链接仅在 24-72 小时内有效；此链接已无法下载。</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings); OmniDesk retries by itself.</source>
        <translation>请检查网络连接（及代理设置）；OmniDesk 会自动重试。</translation>
    </message>
    <message>
        <source>The download broke off; OmniDesk resumes it by itself.</source>
        <translation>下载中断；OmniDesk 会自动继续。</translation>
    </message>
    <message>
        <source>Only http(s) links can be downloaded.</source>
        <translation>只能下载 http(s) 链接。</translation>
    </message>
    <message>
        <source>Use a JPEG, PNG, WebP or GIF image of at most 20 MB.</source>
        <translation>请使用不超过 20 MB 的 JPEG、PNG、WebP 或 GIF 图片。</translation>
    </message>
    <message>
        <source>The service is busy; OmniDesk retries by itself.</source>
        <translation>服务繁忙；OmniDesk 会自动重试。</translation>
    </message>
    <message>
        <source>The address was not found; check the API base URL in Settings.</source>
        <translation>找不到该地址；请检查设置中的 API 基础 URL。</translation>
    </message>
    <message>
        <source>{problem}{where}. Check the file or folder and try again.</source>
        <translation>{problem}{where}。请检查文件或文件夹后重试。</translation>
    </message>
    <message>
        <source>OmniDesk hit an unexpected problem: {problem}. Try again.</source>
        <translation>OmniDesk 遇到意外问题：{problem}。请重试。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
</context>
<context>
    <name>FrameForm</name>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>The video starts from this image.</source>
        <translation>视频从这张图片开始。</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>Reference video</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <source>Text to video: from the prompt alone</source>
        <translation>文生视频：仅根据提示词生成</translation>
    </message>
    <message>
        <source>First frame (image to video): the video starts from your image</source>
        <translation>首帧（图生视频）：视频从你的图片开始</translation>
    </message>
    <message>
        <source>Reference images: 1 or 3 images guide the video</source>
        <translation>参考图：用 1 张或 3 张图片引导视频</translation>
    </message>
    <message>
        <source>Reference video: a video&apos;s motion guides the new one</source>
        <translation>参考视频：用一段视频的运动引导新视频</translation>
    </message>
    <message>
        <source>{what} (Alt+{n})</source>
        <translation>{what} (Alt+{n})</translation>
    </message>
    <message>
        <source>Mode: {name}</source>
        <translation>模式：{name}</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Empty the prompt and the images, and start afresh</source>
        <translation>清空提示词和图片，重新开始</translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation>提交状态</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submit the generation</source>
        <translation>提交生成</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>How many videos of this request to make at once (1 to {most}), sent as one batch</source>
        <translation>本次请求一次生成多少个视频（1 到 {most} 个），作为一个批次发送</translation>
    </message>
    <message>
        <source>&amp;Variations:</source>
        <translation>变体(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>提示词矩阵</translation>
    </message>
    <message>
        <source>Several prompt lines and settings: every combination, counted and priced before sending</source>
        <translation>多行提示词与多种设置：生成所有组合，发送前先统计数量和价格</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The service is not running: {problem}</source>
        <translation>服务未运行：{problem}</translation>
    </message>
    <message>
        <source>OmniDesk is connecting to the service; Submit is available in a moment.</source>
        <translation>OmniDesk 正在连接服务，稍后即可提交。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>请先填写提示词。</translation>
    </message>
    <message>
        <source>Variations ×{count}: {prompt}</source>
        <translation>变体 ×{count}：{prompt}</translation>
    </message>
    <message>
        <source>Submitted — see the Queue.</source>
        <translation>已提交，请在队列中查看。</translation>
    </message>
    <message>
        <source>Submitted {count} videos as one batch — see the Queue.</source>
        <translation>已将 {count} 个视频作为一个批次提交，请在队列中查看。</translation>
    </message>
    <message>
        <source>Uploading {n} of {total}…</source>
        <translation>正在上传第 {n} 个，共 {total} 个…</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>The window stays usable while this runs.</source>
        <translation>运行期间窗口仍可正常使用。</translation>
    </message>
    <message>
        <source>Answer the question about the daily spending cap first.</source>
        <translation>请先回答关于每日消费上限的问题。</translation>
    </message>
    <message>
        <source>Submit {count}</source>
        <translation>提交 {count} 个</translation>
    </message>
    <message>
        <source>Submit the generation (Ctrl+Enter)</source>
        <translation>提交生成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready: Ctrl+Enter submits.</source>
        <translation>就绪：按 Ctrl+Enter 提交。</translation>
    </message>
    <message>
        <source>The form holds the settings of “{name}”.</source>
        <translation>表单已载入“{name}”的设置。</translation>
    </message>
    <message>
        <source>Could not restore from that file: {reason}</source>
        <translation>无法从该文件恢复：{reason}</translation>
    </message>
    <message>
        <source>Submission #{id}: {message}</source>
        <translation>提交 #{id}：{message}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Prompt history, presets and templates</source>
        <translation>提示词历史、预设和模板</translation>
    </message>
    <message>
        <source>History, presets and templates</source>
        <translation>历史、预设和模板</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>历史消息</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <source>Search the prompt history</source>
        <translation>搜索提示词历史</translation>
    </message>
    <message>
        <source>Find prompts containing these words; Down moves to the list</source>
        <translation>查找包含这些词的提示词；按 Down 移到列表</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>仅星标</translation>
    </message>
    <message>
        <source>Show starred prompts only</source>
        <translation>仅显示星标提示词</translation>
    </message>
    <message>
        <source>Show only the prompts you starred</source>
        <translation>只显示你加了星标的提示词</translation>
    </message>
    <message>
        <source>Prompt history</source>
        <translation>提示词历史</translation>
    </message>
    <message>
        <source>Enter loads the prompt with its settings, S stars it, Delete forgets it</source>
        <translation>按 Enter 载入提示词及其设置，S 加星标，Delete 从历史中移除</translation>
    </message>
    <message>
        <source>Use This Prompt</source>
        <translation>使用此提示词</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Prompt history is empty</source>
        <translation>提示词历史为空</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Load the prompt with the settings it was last sent with (Enter)</source>
        <translation>载入提示词及其上次发送时的设置 (Enter)</translation>
    </message>
    <message>
        <source>Star or unstar the prompt (S)</source>
        <translation>为提示词加星标或取消星标 (S)</translation>
    </message>
    <message>
        <source>Remove the prompt from the history (Delete)</source>
        <translation>从历史中移除该提示词 (Delete)</translation>
    </message>
    <message>
        <source>Enter applies the preset, F2 renames it, Delete deletes it</source>
        <translation>按 Enter 应用预设，F2 重命名，Delete 删除</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>No presets yet. Set up the form, then “Save current…” keeps its prompt and settings.</source>
        <translation>还没有预设。先设置好表单，再点击“保存当前…”即可保存其提示词和设置。</translation>
    </message>
    <message>
        <source>Preset settings</source>
        <translation>预设的设置</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>保存当前…</translation>
    </message>
    <message>
        <source>Save the form&apos;s prompt and settings as a named preset</source>
        <translation>将表单中的提示词和设置保存为命名预设</translation>
    </message>
    <message>
        <source>Put the preset&apos;s prompt and settings into the form (Enter)</source>
        <translation>将预设的提示词和设置填入表单 (Enter)</translation>
    </message>
    <message>
        <source>Give the preset another name (F2)</source>
        <translation>为预设改名 (F2)</translation>
    </message>
    <message>
        <source>Delete the preset (Delete)</source>
        <translation>删除该预设 (Delete)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the presets and the prompt history to a JSON file</source>
        <translation>将预设和提示词历史保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add presets and prompt history from a JSON file</source>
        <translation>从 JSON 文件添加预设和提示词历史</translation>
    </message>
    <message>
        <source>Presets and history:</source>
        <translation>预设和历史：</translation>
    </message>
    <message>
        <source>Enter puts the template into the prompt</source>
        <translation>按 Enter 将模板填入提示词</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>模板文本</translation>
    </message>
    <message>
        <source>Replace the parts in [brackets] with your own.</source>
        <translation>将 [方括号] 中的内容替换为你自己的内容。</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <source>Put the template into the prompt editor (Enter)</source>
        <translation>将模板填入提示词编辑器 (Enter)</translation>
    </message>
    <message>
        <source>OmniDesk is still opening the service. Try again in a moment.</source>
        <translation>OmniDesk 仍在启动服务，请稍后重试。</translation>
    </message>
    <message>
        <source>The prompt history could not be read: {reason}</source>
        <translation>无法读取提示词历史：{reason}</translation>
    </message>
    <message>
        <source>The presets could not be read: {reason}</source>
        <translation>无法读取预设：{reason}</translation>
    </message>
    <message>
        <source>No prompt contains “{search}”.</source>
        <translation>没有包含“{search}”的提示词。</translation>
    </message>
    <message>
        <source>No starred prompts yet. Star one with S or from its menu.</source>
        <translation>还没有星标提示词。按 S 或通过菜单为提示词加星标。</translation>
    </message>
    <message>
        <source>No prompts yet. Every prompt you send is kept here, with how often you used it.</source>
        <translation>还没有提示词。你发送的每条提示词都会保存在这里，并记录使用次数。</translation>
    </message>
    <message>
        <source>The prompt&apos;s settings could not be read</source>
        <translation>无法读取该提示词的设置</translation>
    </message>
    <message>
        <source>The star could not be saved</source>
        <translation>无法保存星标</translation>
    </message>
    <message>
        <source>Forgot the prompt “{prompt}”.</source>
        <translation>已移除提示词“{prompt}”。</translation>
    </message>
    <message>
        <source>The prompt could not be forgotten</source>
        <translation>无法移除该提示词</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>The form&apos;s settings could not be read: {reason}</source>
        <translation>无法读取表单的设置：{reason}</translation>
    </message>
    <message>
        <source>Write a prompt first: a preset keeps a prompt with its settings.</source>
        <translation>请先填写提示词：预设会保存提示词及其设置。</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>A preset needs a name. Nothing was saved.</source>
        <translation>预设需要名称。未保存任何内容。</translation>
    </message>
    <message>
        <source>Replace Preset</source>
        <translation>替换预设</translation>
    </message>
    <message>
        <source>A preset named “{name}” exists. Replace it with the form&apos;s prompt and settings?</source>
        <translation>已存在名为“{name}”的预设。要用表单中的提示词和设置替换它吗？</translation>
    </message>
    <message>
        <source>Saved the preset “{name}”.</source>
        <translation>已保存预设“{name}”。</translation>
    </message>
    <message>
        <source>The preset could not be saved</source>
        <translation>无法保存预设</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <source>New name of the preset:</source>
        <translation>预设的新名称：</translation>
    </message>
    <message>
        <source>A preset named “{name}” exists. Replace it with “{old}”?</source>
        <translation>已存在名为“{name}”的预设。要用“{old}”替换它吗？</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{name}”.</source>
        <translation>已将“{old}”重命名为“{name}”。</translation>
    </message>
    <message>
        <source>The preset could not be renamed</source>
        <translation>无法重命名预设</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? This cannot be undone.</source>
        <translation>要删除预设“{name}”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted the preset “{name}”.</source>
        <translation>已删除预设“{name}”。</translation>
    </message>
    <message>
        <source>The preset could not be deleted</source>
        <translation>无法删除预设</translation>
    </message>
    <message>
        <source>Export Presets and History</source>
        <translation>导出预设和历史</translation>
    </message>
    <message>
        <source>Exported {presets} and {prompts} to {file}.</source>
        <translation>已将{presets}和{prompts}导出到 {file}。</translation>
    </message>
    <message>
        <source>1 preset</source>
        <translation>1 个预设</translation>
    </message>
    <message>
        <source>{n} presets</source>
        <translation>{n} 个预设</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>1 条提示词</translation>
    </message>
    <message>
        <source>{n} prompts</source>
        <translation>{n} 条提示词</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Import Presets and History</source>
        <translation>导入预设和历史</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>1 preset added</source>
        <translation>已添加 1 个预设</translation>
    </message>
    <message>
        <source>{n} presets added</source>
        <translation>已添加 {n} 个预设</translation>
    </message>
    <message>
        <source>{n} replaced</source>
        <translation>已替换 {n} 个</translation>
    </message>
    <message>
        <source>{n} kept</source>
        <translation>保留 {n} 个</translation>
    </message>
    <message>
        <source>1 prompt merged</source>
        <translation>已合并 1 条提示词</translation>
    </message>
    <message>
        <source>{n} prompts merged</source>
        <translation>已合并 {n} 条提示词</translation>
    </message>
    <message>
        <source>From {file}: {what}.</source>
        <translation>来自 {file}：{what}。</translation>
    </message>
    <message>
        <source>{file} holds no presets and no prompts: nothing changed.</source>
        <translation>{file} 中没有预设，也没有提示词：未做任何更改。</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}：{reason}</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>导入预设</translation>
    </message>
    <message>
        <source>The file has a preset with a name you already use: {names}</source>
        <translation>文件中有 1 个预设与你已有的预设同名：{names}</translation>
    </message>
    <message>
        <source>The file has {n} presets with names you already use: {names}</source>
        <translation>文件中有 {n} 个预设与你已有的预设同名：{names}</translation>
    </message>
    <message>
        <source>Replace yours with the file&apos;s, or keep yours and skip those?</source>
        <translation>要用文件中的预设替换你的预设，还是保留你的预设并跳过这些？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>OmniDesk presets and history (*.json);;All files (*)</source>
        <translation>OmniDesk 预设和历史 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImageSlot</name>
    <message>
        <source>or an image URL: https://…</source>
        <translation>或图片 URL：https://…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>选择图片文件</translation>
    </message>
    <message>
        <source>Choose an image file (JPEG, PNG, WebP or GIF, at most 20 MB)</source>
        <translation>选择图片文件（JPEG、PNG、WebP 或 GIF，最大 20 MB）</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste an image</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <source>Use the image, file or URL on the clipboard (Ctrl+V)</source>
        <translation>使用剪贴板中的图片、文件或 URL (Ctrl+V)</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>移除此图片</translation>
    </message>
    <message>
        <source>Remove this image (Delete)</source>
        <translation>移除此图片 (Delete)</translation>
    </message>
    <message>
        <source>Move this image up</source>
        <translation>上移此图片</translation>
    </message>
    <message>
        <source>Move this image down</source>
        <translation>下移此图片</translation>
    </message>
    <message>
        <source>Image {n}</source>
        <translation>图片 {n}</translation>
    </message>
    <message>
        <source>Image {n} URL</source>
        <translation>图片 {n} 的 URL</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an image, an image file or an image URL first.</source>
        <translation>剪贴板为空。请先复制图片、图片文件或图片 URL。</translation>
    </message>
    <message>
        <source>That is not an image, an image file or an http(s) image URL. Try another one.</source>
        <translation>这不是图片、图片文件或 http(s) 图片 URL。请换一个试试。</translation>
    </message>
    <message>
        <source>Type a full http(s) address, e.g. https://example.com/photo.jpg</source>
        <translation>请输入完整的 http(s) 地址，例如 https://example.com/photo.jpg</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>Drop or paste an image here</source>
        <translation>将图片拖放或粘贴到这里</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>{name} · {kind} {size}</source>
        <translation>{name} · {kind} {size}</translation>
    </message>
    <message>
        <source>From {host}: the service fetches it when the task is sent.</source>
        <translation>来自 {host}：发送任务时由服务获取。</translation>
    </message>
    <message>
        <source>Empty: drop a file, paste, choose a file or type a URL.</source>
        <translation>空：拖入文件、粘贴、选择文件或输入 URL。</translation>
    </message>
</context>
<context>
    <name>Iteration</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>a week ago</source>
        <translation>1 周前</translation>
    </message>
    <message>
        <source>{n} weeks ago</source>
        <translation>{n} 周前</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>1 个月前</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>{n} 个月前</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>1 年前</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>{n} 年前</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图片</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>a reference video</source>
        <translation>1 段参考视频</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>aspect</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>from the video</source>
        <translation>取自视频</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{count} (other)</source>
        <translation>{count}（其他）</translation>
    </message>
    <message>
        <source>{count} (changed)</source>
        <translation>{count}（已更改）</translation>
    </message>
    <message>
        <source>{name} {old} → {new}</source>
        <translation>{name} {old} → {new}</translation>
    </message>
    <message>
        <source>same settings</source>
        <translation>设置相同</translation>
    </message>
    <message>
        <source>charged ${cost}</source>
        <translation>已扣费 ${cost}</translation>
    </message>
    <message>
        <source>about ${cost}</source>
        <translation>约 ${cost}</translation>
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
        <translation>手动添加</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>Rated {rating} of 5</source>
        <translation>评分 {rating}/5</translation>
    </message>
    <message>
        <source>Made in a batch: “Show This Batch” lists its results</source>
        <translation>在批次中生成：“显示此批次”会列出其所有结果</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>No record of how this video was made.</source>
        <translation>没有该视频的生成记录。</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>无预览：{reason}</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>rated {rating} of 5</source>
        <translation>评分 {rating}/5</translation>
    </message>
    <message>
        <source>in a batch</source>
        <translation>属于批次</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search prompts and notes</source>
        <translation>搜索提示词和备注</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索媒体库</translation>
    </message>
    <message>
        <source>Search prompts and notes (Ctrl+F)</source>
        <translation>搜索提示词和备注 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Order of the videos by date</source>
        <translation>按日期排列视频</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>仅显示收藏</translation>
    </message>
    <message>
        <source>Show only the videos marked as favourite</source>
        <translation>只显示已收藏的视频</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Show archived videos</source>
        <translation>显示已归档的视频</translation>
    </message>
    <message>
        <source>Show the videos you archived (set aside) too</source>
        <translation>同时显示你已归档（搁置）的视频</translation>
    </message>
    <message>
        <source>Refresh the library</source>
        <translation>刷新媒体库</translation>
    </message>
    <message>
        <source>Look at the library folder again (F5)</source>
        <translation>重新扫描媒体库文件夹 (F5)</translation>
    </message>
    <message>
        <source>Number of videos</source>
        <translation>视频数量</translation>
    </message>
    <message>
        <source>Batch shown</source>
        <translation>当前显示的批次</translation>
    </message>
    <message>
        <source>Show every video again</source>
        <translation>重新显示所有视频</translation>
    </message>
    <message>
        <source>Leave this batch: show every video again</source>
        <translation>退出此批次：重新显示所有视频</translation>
    </message>
    <message>
        <source>Video library</source>
        <translation>视频媒体库</translation>
    </message>
    <message>
        <source>Enter plays, Delete deletes, S marks as favourite, 1 to 5 rate, 0 clears the rating</source>
        <translation>按 Enter 播放，Delete 删除，S 收藏，1 到 5 评分，0 清除评分</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>Open in System Player</source>
        <translation>在系统播放器中打开</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Compare 2 to 4 selected videos side by side</source>
        <translation>并排对比选中的 2 到 4 个视频</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Show This Batch</source>
        <translation>显示此批次</translation>
    </message>
    <message>
        <source>Continue from Last Frame</source>
        <translation>从尾帧续接</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>提升分辨率</translation>
    </message>
    <message>
        <source>Flip Aspect</source>
        <translation>翻转比例</translation>
    </message>
    <message>
        <source>{count} Variations</source>
        <translation>{count} 个变体</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>搜索媒体库</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The library folder could not be read: {reason}</source>
        <translation>无法读取媒体库文件夹：{reason}</translation>
    </message>
    <message>
        <source>A new video could not be listed: {reason} Refresh the library to try again.</source>
        <translation>无法列出新视频：{reason} 请刷新媒体库重试。</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>1 个视频</translation>
    </message>
    <message>
        <source>{total} videos</source>
        <translation>{total} 个视频</translation>
    </message>
    <message>
        <source>{shown} of {total} videos</source>
        <translation>{shown}/{total} 个视频</translation>
    </message>
    <message>
        <source>The library is not available. {reason}</source>
        <translation>媒体库不可用。{reason}</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开媒体库…</translation>
    </message>
    <message>
        <source>Your videos appear here once a generation finishes.</source>
        <translation>生成完成后，你的视频会显示在这里。</translation>
    </message>
    <message>
        <source>No favourites yet. Select a video and press S to mark it as a favourite.</source>
        <translation>还没有收藏。选中视频后按 S 即可收藏。</translation>
    </message>
    <message>
        <source>Every video here is archived. Turn on “Show archived” to see them.</source>
        <translation>这里的所有视频都已归档。打开“显示已归档”即可查看。</translation>
    </message>
    <message>
        <source>No video matches this search.</source>
        <translation>没有与此搜索匹配的视频。</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Promote to {resolution}</source>
        <translation>提升至 {resolution}</translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation>后续操作</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Marked {n} videos as favourites.</source>
        <translation>已将 {n} 个视频加入收藏。</translation>
    </message>
    <message>
        <source>{n} videos are no longer favourites.</source>
        <translation>已将 {n} 个视频移出收藏。</translation>
    </message>
    <message>
        <source>Rated {n} videos {stars} of 5.</source>
        <translation>已为 {n} 个视频评分：{stars}/5。</translation>
    </message>
    <message>
        <source>Rating cleared for {n} videos.</source>
        <translation>已清除 {n} 个视频的评分。</translation>
    </message>
    <message>
        <source>Marked as favourite.</source>
        <translation>已收藏。</translation>
    </message>
    <message>
        <source>No longer a favourite.</source>
        <translation>已取消收藏。</translation>
    </message>
    <message>
        <source>Rated {stars} of 5.</source>
        <translation>已评分：{stars}/5。</translation>
    </message>
    <message>
        <source>Rating cleared.</source>
        <translation>已清除评分。</translation>
    </message>
    <message>
        <source>Could not save the mark on “{name}”: its settings file is damaged ({reason}). Repair or remove {sidecar}, then try again.</source>
        <translation>无法保存“{name}”的标记：其设置文件已损坏（{reason}）。请修复或移除 {sidecar} 后重试。</translation>
    </message>
    <message>
        <source>Could not save the mark on “{name}”: {reason}</source>
        <translation>无法保存“{name}”的标记：{reason}</translation>
    </message>
    <message>
        <source>Select 2 to 4 videos to compare (Ctrl or Shift and click).</source>
        <translation>请选择 2 到 4 个视频进行对比（按住 Ctrl 或 Shift 并单击）。</translation>
    </message>
    <message>
        <source>Archived. Turn on “Show archived” to see it again.</source>
        <translation>已归档。打开“显示已归档”即可再次查看。</translation>
    </message>
    <message>
        <source>{count} videos archived. Turn on “Show archived” to see them again.</source>
        <translation>已归档 {count} 个视频。打开“显示已归档”即可再次查看。</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>已归档。</translation>
    </message>
    <message>
        <source>{count} videos archived.</source>
        <translation>已归档 {count} 个视频。</translation>
    </message>
    <message>
        <source>No longer archived.</source>
        <translation>已取消归档。</translation>
    </message>
    <message>
        <source>{count} videos no longer archived.</source>
        <translation>已取消归档 {count} 个视频。</translation>
    </message>
    <message>
        <source>{count} videos sent together</source>
        <translation>一起发送的 {count} 个视频</translation>
    </message>
    <message>
        <source>Batch: {label}</source>
        <translation>批次：{label}</translation>
    </message>
    <message>
        <source>No application could open “{name}”. Install a video player and try again.</source>
        <translation>没有应用程序能打开“{name}”。请安装视频播放器后重试。</translation>
    </message>
    <message>
        <source>Could not open the folder {folder}.</source>
        <translation>无法打开文件夹 {folder}。</translation>
    </message>
    <message>
        <source>Delete Video</source>
        <translation>删除视频</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>要将“{title}”移到回收站吗？</translation>
    </message>
    <message>
        <source>The video and its settings file go to the system trash, where you can restore them.</source>
        <translation>视频及其设置文件将移到系统回收站，可从中恢复。</translation>
    </message>
    <message>
        <source>Delete Videos</source>
        <translation>删除视频</translation>
    </message>
    <message>
        <source>Move these {n} videos to the trash?</source>
        <translation>将这 {n} 个视频移到回收站？</translation>
    </message>
    <message>
        <source>The videos and their settings files go to the system trash, where you can restore them.</source>
        <translation>视频及其设置文件将移到系统回收站，可在那里恢复。</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash.</source>
        <translation>已将“{title}”移到回收站。</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>已删除“{title}”。</translation>
    </message>
    <message>
        <source>Could not delete “{title}”: {reason}. Check that no other program uses it and try again.</source>
        <translation>无法删除“{title}”：{reason}。请确认没有其他程序正在使用它，然后重试。</translation>
    </message>
    <message>
        <source>“{title}” cannot go to the trash. Delete it permanently?</source>
        <translation>“{title}”无法移到回收站。要永久删除吗？</translation>
    </message>
    <message>
        <source>There is no usable trash here ({reason}). A permanent deletion cannot be undone.</source>
        <translation>此处没有可用的回收站（{reason}）。永久删除后无法撤销。</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
</context>
<context>
    <name>LineageModel</name>
    <message>
        <source>from version {number}</source>
        <translation>源自版本 {number}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>版本 {number}</translation>
    </message>
    <message>
        <source>Not downloaded: nothing to play yet.</source>
        <translation>尚未下载：暂无可播放的内容。</translation>
    </message>
    <message>
        <source>this one</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>added: {words}</source>
        <translation>新增：{words}</translation>
    </message>
    <message>
        <source>removed: {words}</source>
        <translation>移除：{words}</translation>
    </message>
    <message>
        <source>prompt: {prompt}</source>
        <translation>提示词：{prompt}</translation>
    </message>
</context>
<context>
    <name>LineageView</name>
    <message>
        <source>Iteration thread</source>
        <translation>迭代链</translation>
    </message>
    <message>
        <source>Iteration thread title</source>
        <translation>迭代链标题</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Oldest first, each version under the one it was made from. Enter plays, U uses its settings</source>
        <translation>最早的在前，每个版本位于其来源版本之下。按 Enter 播放，U 使用其设置</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Iteration thread message</source>
        <translation>迭代链消息</translation>
    </message>
    <message>
        <source>Play this version</source>
        <translation>播放此版本</translation>
    </message>
    <message>
        <source>Play the selected version (Enter)</source>
        <translation>播放选中的版本 (Enter)</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Start a new generation with the selected version&apos;s prompt and parameters (U)</source>
        <translation>使用选中版本的提示词和参数开始新的生成 (U)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh the thread</source>
        <translation>刷新迭代链</translation>
    </message>
    <message>
        <source>Read the thread again</source>
        <translation>重新读取迭代链</translation>
    </message>
    <message>
        <source>Choose “Iteration thread” (Ctrl+I) on a result to see every version of it here.</source>
        <translation>在结果上选择“迭代链”(Ctrl+I)，即可在此查看它的所有版本。</translation>
    </message>
    <message>
        <source>OmniDesk is still opening the service; the thread appears once it is ready.</source>
        <translation>OmniDesk 仍在启动服务；就绪后将显示迭代链。</translation>
    </message>
    <message>
        <source>Reading the iteration thread…</source>
        <translation>正在读取迭代链…</translation>
    </message>
    <message>
        <source>Iteration thread of “{prompt}”: {count}</source>
        <translation>“{prompt}”的迭代链：{count}</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 个版本</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>{n} 个版本</translation>
    </message>
    <message>
        <source>OmniDesk has no record of this result&apos;s submission on this computer (it may come from another computer or an older library), so it has no iteration thread here.</source>
        <translation>OmniDesk 在这台电脑上没有该结果的提交记录（它可能来自其他电脑或旧版媒体库），因此这里没有它的迭代链。</translation>
    </message>
    <message>
        <source>The iteration thread could not be read: {reason}</source>
        <translation>无法读取迭代链：{reason}</translation>
    </message>
</context>
<context>
    <name>LoopRangeBar</name>
    <message>
        <source>Loop range</source>
        <translation>循环区间</translation>
    </message>
    <message>
        <source>Drag the handles to choose the part that plays in a loop; or press I and O to set them at the current position</source>
        <translation>拖动手柄选择循环播放的部分；也可按 I 和 O 在当前位置设置</translation>
    </message>
    <message>
        <source>in point</source>
        <translation>入点</translation>
    </message>
    <message>
        <source>out point</source>
        <translation>出点</translation>
    </message>
    <message>
        <source>looping</source>
        <translation>循环中</translation>
    </message>
    <message>
        <source>not looping</source>
        <translation>未循环</translation>
    </message>
    <message>
        <source>From {start} to {end}, {state}. Arrow keys move the {which}; Up or Down switch.</source>
        <translation>从 {start} 到 {end}，{state}。方向键移动{which}；Up 或 Down 切换。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>媒体库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>消费(&amp;S)</translation>
    </message>
    <message>
        <source>Queue and library</source>
        <translation>队列和媒体库</translation>
    </message>
    <message>
        <source>Iteration thread</source>
        <translation>迭代链</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New generation</source>
        <translation>新建生成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>播放器(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;History and presets</source>
        <translation>历史和预设(&amp;H)</translation>
    </message>
    <message>
        <source>Iteration &amp;thread</source>
        <translation>迭代链(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes and rating…</source>
        <translation>备注和评分(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Compare selected…</source>
        <translation>对比所选(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OmniDesk</source>
        <translation>关于 OmniDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Starting the service…</source>
        <translation>正在启动服务…</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>APIMart at {host}</source>
        <translation>APIMart（{host}）</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>OmniDesk could not start: {message}</source>
        <translation>OmniDesk 无法启动：{message}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>The form holds that generation&apos;s settings: edit, then submit.</source>
        <translation>表单已载入该生成的设置：编辑后即可提交。</translation>
    </message>
    <message>
        <source>The form holds this video&apos;s settings.</source>
        <translation>表单已载入此视频的设置。</translation>
    </message>
    <message>
        <source>The form is ready: edit the prompt if you like, then submit.</source>
        <translation>表单已就绪：可按需编辑提示词，然后提交。</translation>
    </message>
    <message>
        <source>Template loaded: replace the bracketed parts.</source>
        <translation>模板已载入：请替换方括号中的内容。</translation>
    </message>
    <message>
        <source>The form holds that version&apos;s settings: edit, then submit.</source>
        <translation>表单已载入该版本的设置：编辑后即可提交。</translation>
    </message>
    <message>
        <source>Play a result or select a task first: its thread is shown here.</source>
        <translation>请先播放一个结果或选中一个任务：其迭代链将显示在这里。</translation>
    </message>
    <message>
        <source>Select a video in the library first.</source>
        <translation>请先在媒体库中选择一个视频。</translation>
    </message>
    <message>
        <source>Select videos in the library first.</source>
        <translation>请先在媒体库中选择视频。</translation>
    </message>
    <message>
        <source>&amp;Library ({count})</source>
        <translation>媒体库 ({count})(&amp;L)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>the built-in demo simulator</source>
        <translation>内置演示模拟器</translation>
    </message>
    <message>
        <source>About OmniDesk</source>
        <translation>关于 OmniDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OmniDesk {version}&lt;/h3&gt;&lt;p&gt;A desktop studio for APIMart&apos;s Omni-Flash-Ext video model.&lt;/p&gt;&lt;p&gt;Connected to {where}.&lt;/p&gt;&lt;p&gt;Your data: {data}&lt;br&gt;Your videos: {videos}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OmniDesk {version}&lt;/h3&gt;&lt;p&gt;面向 APIMart Omni-Flash-Ext 视频模型的桌面工作室。&lt;/p&gt;&lt;p&gt;已连接到{where}。&lt;/p&gt;&lt;p&gt;你的数据：{data}&lt;br&gt;你的视频：{videos}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Prompt matrix</source>
        <translation>提示词矩阵</translation>
    </message>
    <message>
        <source>Every prompt line is combined with every checked setting. Nothing is sent until you press Send; the requests then go out at the pace the service allows.</source>
        <translation>每行提示词都会与每个勾选的设置组合。点击“发送”之前不会发送任何内容；之后请求将按服务允许的速度依次发出。</translation>
    </message>
    <message>
        <source>Prompts, one per line</source>
        <translation>提示词，每行一条</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>每行一条提示词</translation>
    </message>
    <message>
        <source>&amp;Prompts (one per line):</source>
        <translation>提示词（每行一条）(&amp;P)：</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 横屏</translation>
    </message>
    <message>
        <source>9:16 portrait</source>
        <translation>9:16 竖屏</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>How many videos and their cost</source>
        <translation>视频数量及费用</translation>
    </message>
    <message>
        <source>Costs are estimates from a reseller&apos;s price table; the charges reported are the real ones.</source>
        <translation>费用是根据经销商价格表估算的；以报告的扣费为准。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Cancel: send nothing</source>
        <translation>取消：不发送任何内容</translation>
    </message>
    <message>
        <source>{axis}: {value}</source>
        <translation>{axis}：{value}</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>1 条提示词</translation>
    </message>
    <message>
        <source>{n} prompts</source>
        <translation>{n} 条提示词</translation>
    </message>
    <message>
        <source>1 aspect</source>
        <translation>1 种比例</translation>
    </message>
    <message>
        <source>{n} aspects</source>
        <translation>{n} 种比例</translation>
    </message>
    <message>
        <source>1 resolution</source>
        <translation>1 种分辨率</translation>
    </message>
    <message>
        <source>{n} resolutions</source>
        <translation>{n} 种分辨率</translation>
    </message>
    <message>
        <source>1 duration</source>
        <translation>1 种时长</translation>
    </message>
    <message>
        <source>{n} durations</source>
        <translation>{n} 种时长</translation>
    </message>
    <message>
        <source>Matrix: {axes}</source>
        <translation>矩阵：{axes}</translation>
    </message>
    <message>
        <source>Write at least one prompt line.</source>
        <translation>请至少填写一行提示词。</translation>
    </message>
    <message>
        <source>Check at least one aspect.</source>
        <translation>请至少勾选一种比例。</translation>
    </message>
    <message>
        <source>Check at least one resolution.</source>
        <translation>请至少勾选一种分辨率。</translation>
    </message>
    <message>
        <source>Check at least one duration.</source>
        <translation>请至少勾选一种时长。</translation>
    </message>
    <message>
        <source>One of these combinations cannot be sent: {reason}</source>
        <translation>其中一个组合无法发送：{reason}</translation>
    </message>
    <message>
        <source>That makes {count} videos: at most {most} go in one batch. Remove some prompt lines or settings.</source>
        <translation>这样会生成 {count} 个视频：一个批次最多 {most} 个。请删除部分提示词行或设置。</translation>
    </message>
    <message>
        <source>Send (nothing to send yet)</source>
        <translation>发送（暂无可发送内容）</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>1 个视频</translation>
    </message>
    <message>
        <source>{n} videos</source>
        <translation>{n} 个视频</translation>
    </message>
    <message>
        <source>{videos} · ≈ ${total} in all (approximate)</source>
        <translation>{videos} · 合计 ≈ ${total}（估算）</translation>
    </message>
    <message>
        <source>Send {videos} (≈ ${total})</source>
        <translation>发送 {videos}（≈ ${total}）</translation>
    </message>
</context>
<context>
    <name>ModeForm</name>
    <message>
        <source>Wait until the images are checked.</source>
        <translation>请等待图片检查完成。</translation>
    </message>
    <message>
        <source>Add the image first.</source>
        <translation>请先添加图片。</translation>
    </message>
    <message>
        <source>Fill every image slot first ({n} empty).</source>
        <translation>请先填满所有图片位（{n} 个为空）。</translation>
    </message>
    <message>
        <source>{group}: {choice}</source>
        <translation>{group}：{choice}</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Could not take the last frame</source>
        <translation>无法获取尾帧</translation>
    </message>
    <message>
        <source>This result is already {resolution}, the highest resolution.</source>
        <translation>该结果已经是 {resolution}，即最高分辨率。</translation>
    </message>
    <message>
        <source>Could not promote</source>
        <translation>无法提升分辨率</translation>
    </message>
    <message>
        <source>Could not flip the aspect</source>
        <translation>无法翻转比例</translation>
    </message>
    <message>
        <source>Choose 1 to {most} variations.</source>
        <translation>请选择 1 到 {most} 个变体。</translation>
    </message>
    <message>
        <source>Could not send the variations</source>
        <translation>无法发送变体</translation>
    </message>
    <message>
        <source>The service is still starting. Try again in a moment.</source>
        <translation>服务仍在启动，请稍后重试。</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}：{reason}</translation>
    </message>
    <message>
        <source>The form holds a First frame generation from the last frame: edit the prompt, then submit.</source>
        <translation>表单已载入一个从尾帧开始的首帧生成：编辑提示词后即可提交。</translation>
    </message>
    <message>
        <source>Open the main window to confirm spending past the daily cap.</source>
        <translation>请打开主窗口，确认是否超出每日消费上限。</translation>
    </message>
    <message>
        <source>Variations ×{count}: {prompt}</source>
        <translation>变体 ×{count}：{prompt}</translation>
    </message>
    <message>
        <source>1 image is no longer on disk: its earlier upload was used.</source>
        <translation>有 1 张图片已不在磁盘上：已使用之前的上传。</translation>
    </message>
    <message>
        <source>{count} images are no longer on disk: their earlier upload was used.</source>
        <translation>有 {count} 张图片已不在磁盘上：已使用之前的上传。</translation>
    </message>
    <message>
        <source>Promoted to {resolution}: submitted as #{id}.</source>
        <translation>已提升至 {resolution}：已提交为 #{id}。</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>Flipped to {shape} ({aspect}): submitted as #{id}.</source>
        <translation>已翻转为{shape}（{aspect}）：已提交为 #{id}。</translation>
    </message>
    <message>
        <source>1 variation submitted as #{id}.</source>
        <translation>1 个变体已提交为 #{id}。</translation>
    </message>
    <message>
        <source>{count} variations submitted as one batch.</source>
        <translation>{count} 个变体已作为一个批次提交。</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Notes and Rating</source>
        <translation>备注和评分</translation>
    </message>
    <message>
        <source>Notes and rating</source>
        <translation>备注和评分</translation>
    </message>
    <message>
        <source>Prompt of the result</source>
        <translation>结果的提示词</translation>
    </message>
    <message>
        <source>What worked, what to change next time…</source>
        <translation>哪些效果好，下次要改什么…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Your notes on this result; the library&apos;s search finds them</source>
        <translation>你对此结果的备注；媒体库搜索可以找到它们</translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation>保存时出现问题</translation>
    </message>
    <message>
        <source>Save notes and rating</source>
        <translation>保存备注和评分</translation>
    </message>
    <message>
        <source>Save the notes and the rating (Ctrl+Enter)</source>
        <translation>保存备注和评分 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>评分(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The library is not open yet. Wait a moment, then save again.</source>
        <translation>媒体库尚未打开。请稍候再保存。</translation>
    </message>
    <message>
        <source>The notes could not be saved: {reason} Your text is still here: try again.</source>
        <translation>无法保存备注：{reason} 你的文本仍在这里，请重试。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
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
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Length of the video</source>
        <translation>视频长度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Resolution: 4k costs about twice as much</source>
        <translation>分辨率：4k 的费用约为两倍</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 横屏</translation>
    </message>
    <message>
        <source>9:16 portrait</source>
        <translation>9:16 竖屏</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Shape of the frame</source>
        <translation>画面形状</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>画面尺寸</translation>
    </message>
    <message>
        <source>Approximate cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>An estimate from a reseller&apos;s price table: there is no official price list. The charge the finished task reports is the real one.</source>
        <translation>根据经销商价格表估算：没有官方价目表。以任务完成时报告的扣费为准。</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>比例(&amp;A)：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>{w} × {h}</source>
        <translation>{w} × {h}</translation>
    </message>
    <message>
        <source>≈ ${cost:.2f} for {count} (approximate)</source>
        <translation>{count} 个共 ≈ ${cost:.2f}（估算）</translation>
    </message>
    <message>
        <source>≈ ${cost:.2f} (approximate)</source>
        <translation>≈ ${cost:.2f}（估算）</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Video player</source>
        <translation>视频播放器</translation>
    </message>
    <message>
        <source>OmniDesk video</source>
        <translation>OmniDesk 视频</translation>
    </message>
    <message>
        <source>Select a video in the Library or the Queue to play it.</source>
        <translation>在媒体库或队列中选择一个视频即可播放。</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>播放器消息</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>视频播放位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放 (Space)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>上一帧 (,)</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>下一帧 (.)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Play in a loop (L)</source>
        <translation>循环播放 (L)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>静音 (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Fullscreen (F)</source>
        <translation>全屏 (F)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Copy the whole prompt</source>
        <translation>复制完整提示词</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <source>Copy the whole prompt to the clipboard</source>
        <translation>将完整提示词复制到剪贴板</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Start a new generation with this clip&apos;s prompt and parameters</source>
        <translation>使用此片段的提示词和参数开始新的生成</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Leave fullscreen (F or Esc)</source>
        <translation>退出全屏 (F 或 Esc)</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停 (Space)</translation>
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
        <translation>时长 {seconds} s</translation>
    </message>
    <message>
        <source>Charged ${cost}</source>
        <translation>已扣费 ${cost}</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>About ${cost} (estimate)</source>
        <translation>约 ${cost}（估算）</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>取消静音 (M)</translation>
    </message>
</context>
<context>
    <name>PosterCache</name>
    <message>
        <source>unexpected problem ({error})</source>
        <translation>意外问题（{error}）</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Describe the video: the scene, the subject and what it does, the environment, the camera movement, the visual style and the sounds.
e.g. A red fox trots through fresh snow in a birch forest at dawn; slow tracking shot at ground level; soft golden light, film grain; crunching snow, distant crows.</source>
        <translation>描述视频：场景、主体及其动作、环境、镜头运动、视觉风格和声音。
例如：黎明时分，一只赤狐在白桦林的新雪中小跑；贴地慢速跟拍；柔和的金色光线，胶片颗粒感；踩雪的嘎吱声，远处的乌鸦叫声。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>What the video should show. Ctrl+Enter submits; Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>视频应呈现的内容。Ctrl+Enter 提交；Ctrl+Z 撤销，Ctrl+Shift+Z 重做。</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>提示词长度</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>{n} characters · write a prompt to submit</source>
        <translation>{n} 个字符 · 填写提示词后即可提交</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
</context>
<context>
    <name>PromptHistoryModel</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Starred: {prompt}</source>
        <translation>已加星标：{prompt}</translation>
    </message>
    <message>
        <source>Used once, on {last}.</source>
        <translation>已使用 1 次，时间为 {last}。</translation>
    </message>
    <message>
        <source>Used {count} times; last on {last}, first on {first}.</source>
        <translation>已使用 {count} 次；最近一次为 {last}，首次为 {first}。</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Batch of {count}</source>
        <translation>批次（{count} 个）</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>提示词矩阵</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>已完成 {done}/{count}</translation>
    </message>
    <message>
        <source>{done_text}, {failed} failed</source>
        <translation>{done_text}，{failed} 个失败</translation>
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
        <translation>1 个视频</translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translation>{count} 个视频</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{label}: {status}</source>
        <translation>{label}：{status}</translation>
    </message>
    <message>
        <source>quoted about ${cost}</source>
        <translation>预估约 ${cost}</translation>
    </message>
    <message>
        <source>charged ${cost} so far</source>
        <translation>目前已扣费 ${cost}</translation>
    </message>
    <message>
        <source>The batch as a whole: {percent}%</source>
        <translation>整个批次：{percent}%</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>被拒绝：{reason}</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>未跟踪</translation>
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
        <translation>下载中 {percent}%</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>link expired</source>
        <translation>链接已过期</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy task id</source>
        <translation>复制任务 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit and re-run…</source>
        <translation>编辑并重新运行(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Stop tracking…</source>
        <translation>停止跟踪(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Track again</source>
        <translation>重新跟踪(&amp;T)</translation>
    </message>
    <message>
        <source>Retry &amp;download</source>
        <translation>重试下载(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>从列表中移除(&amp;M)</translation>
    </message>
    <message>
        <source>Pa&amp;use sending</source>
        <translation>暂停发送(&amp;U)</translation>
    </message>
    <message>
        <source>Co&amp;ntinue from last frame</source>
        <translation>从尾帧续接(&amp;N)</translation>
    </message>
    <message>
        <source>A First frame generation that starts where this video ends, in the form</source>
        <translation>在表单中创建一个从此视频结尾处开始的首帧生成</translation>
    </message>
    <message>
        <source>Pr&amp;omote to higher resolution</source>
        <translation>提升至更高分辨率(&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;lip aspect</source>
        <translation>翻转比例(&amp;L)</translation>
    </message>
    <message>
        <source>{count} variations</source>
        <translation>{count} 个变体</translation>
    </message>
    <message>
        <source>&amp;Variations</source>
        <translation>变体(&amp;V)</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Hold queued submissions; tasks already sent keep running ({keys})</source>
        <translation>暂缓排队中的提交；已发送的任务会继续运行 ({keys})</translation>
    </message>
    <message>
        <source>Show tasks by status</source>
        <translation>按状态显示任务</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>队列操作</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续操作</translation>
    </message>
    <message>
        <source>Next steps from the selected result</source>
        <translation>基于所选结果的后续操作</translation>
    </message>
    <message>
        <source>Continue from the last frame, promote, flip the aspect or make variations</source>
        <translation>从尾帧续接、提升分辨率、翻转比例或生成变体</translation>
    </message>
    <message>
        <source>Why sending is held</source>
        <translation>发送暂缓的原因</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>恢复发送</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近的问题</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the problem</source>
        <translation>关闭此问题</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交记录</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>processing…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>downloading 100%</source>
        <translation>下载中 100%</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>所选任务</translation>
    </message>
    <message>
        <source>Paused: queued submissions wait until you resume.</source>
        <translation>已暂停：排队中的提交将等待你恢复。</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>已停止：{reason}</translation>
    </message>
    <message>
        <source>Could not read the list of tasks: {reason}</source>
        <translation>无法读取任务列表：{reason}</translation>
    </message>
    <message>
        <source>Offline, retrying now.</source>
        <translation>离线，正在重试。</translation>
    </message>
    <message>
        <source>Offline, retrying in {seconds} s.</source>
        <translation>离线，{seconds} s 后重试。</translation>
    </message>
    <message>
        <source>&amp;All ({count})</source>
        <translation>全部 ({count})(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ctive ({count})</source>
        <translation>进行中 ({count})(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompleted ({count})</source>
        <translation>已完成 ({count})(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Failed ({count})</source>
        <translation>失败 ({count})(&amp;F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>{filter}: {count} tasks</source>
        <translation>{filter}：{count} 个任务</translation>
    </message>
    <message>
        <source>{filter}, {count}</source>
        <translation>{filter}，{count}</translation>
    </message>
    <message>
        <source>Pr&amp;omote to {resolution}</source>
        <translation>提升至 {resolution}(&amp;O)</translation>
    </message>
    <message>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
    <message>
        <source>{count} tasks selected.</source>
        <translation>已选择 {count} 个任务。</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}：{label}</translation>
    </message>
    <message>
        <source>{status} · {percent}% as a whole</source>
        <translation>{status} · 整体 {percent}%</translation>
    </message>
    <message>
        <source>quoted about ${cost}</source>
        <translation>预估约 ${cost}</translation>
    </message>
    <message>
        <source>charged ${cost} so far</source>
        <translation>目前已扣费 ${cost}</translation>
    </message>
    <message>
        <source>Cost: {costs}</source>
        <translation>费用：{costs}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Task {task} · {mode} · {settings}</source>
        <translation>任务 {task} · {mode} · {settings}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Last trouble: {issue}</source>
        <translation>最近的问题：{issue}</translation>
    </message>
    <message>
        <source>The service&apos;s code: {code}</source>
        <translation>服务返回的代码：{code}</translation>
    </message>
    <message>
        <source>Download: {reason}</source>
        <translation>下载：{reason}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>无预览：{reason}</translation>
    </message>
    <message>
        <source>Made from submission #{parent}</source>
        <translation>由提交 #{parent} 生成</translation>
    </message>
    <message>
        <source>In batch: {label}</source>
        <translation>所属批次：{label}</translation>
    </message>
    <message>
        <source>Task actions</source>
        <translation>任务操作</translation>
    </message>
    <message>
        <source>The service is still starting. Try again in a moment.</source>
        <translation>服务仍在启动，请稍后重试。</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}：{reason}</translation>
    </message>
    <message>
        <source>The video {path} is no longer there: it was moved or deleted. Look for it in the library.</source>
        <translation>视频 {path} 已不存在：可能已被移动或删除。请在媒体库中查找。</translation>
    </message>
    <message>
        <source>Could not play</source>
        <translation>无法播放</translation>
    </message>
    <message>
        <source>Could not show the folder</source>
        <translation>无法显示文件夹</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer there. Check the library folder in the settings.</source>
        <translation>文件夹 {folder} 已不存在。请在设置中检查媒体库文件夹。</translation>
    </message>
    <message>
        <source>Opened the folder of {name}</source>
        <translation>已打开 {name} 所在的文件夹</translation>
    </message>
    <message>
        <source>Could not open the folder {folder}: no file manager answered. Open it by hand.</source>
        <translation>无法打开文件夹 {folder}：没有文件管理器响应。请手动打开。</translation>
    </message>
    <message>
        <source>Task id copied</source>
        <translation>已复制任务 ID</translation>
    </message>
    <message>
        <source>{count} task ids copied</source>
        <translation>已复制 {count} 个任务 ID</translation>
    </message>
    <message>
        <source>Could not submit again</source>
        <translation>无法重新提交</translation>
    </message>
    <message>
        <source>Submitted again. 1 image is no longer on disk: its earlier upload was used.</source>
        <translation>已重新提交。有 1 张图片已不在磁盘上：已使用之前的上传。</translation>
    </message>
    <message>
        <source>Submitted again. {count} images are no longer on disk: their earlier upload was used.</source>
        <translation>已重新提交。有 {count} 张图片已不在磁盘上：已使用之前的上传。</translation>
    </message>
    <message>
        <source>Submitted again</source>
        <translation>已重新提交</translation>
    </message>
    <message>
        <source>Continue needs the downloaded video: wait for its download, or retry it.</source>
        <translation>续接需要已下载的视频：请等待下载完成，或重试下载。</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>停止跟踪</translation>
    </message>
    <message>
        <source>Stop checking this task?</source>
        <translation>要停止检查此任务吗？</translation>
    </message>
    <message>
        <source>Stop checking these {count} tasks?</source>
        <translation>要停止检查这 {count} 个任务吗？</translation>
    </message>
    <message>
        <source>The service has no cancel: the task keeps running there, may still finish, and may be charged. OmniDesk only stops checking it. Choose Track again later to pick it up.</source>
        <translation>服务不支持取消：任务会在服务端继续运行，仍可能完成并产生费用。OmniDesk 只是停止检查它。之后可选择“重新跟踪”来重新接管。</translation>
    </message>
    <message>
        <source>Stopped tracking. The task may still finish and be charged; choose Track again ({keys}) to pick it up.</source>
        <translation>已停止跟踪。该任务仍可能完成并产生费用；选择“重新跟踪”({keys}) 即可重新接管。</translation>
    </message>
    <message>
        <source>Could not stop tracking</source>
        <translation>无法停止跟踪</translation>
    </message>
    <message>
        <source>Tracking again</source>
        <translation>已重新跟踪</translation>
    </message>
    <message>
        <source>Could not track again</source>
        <translation>无法重新跟踪</translation>
    </message>
    <message>
        <source>Downloading again</source>
        <translation>正在重新下载</translation>
    </message>
    <message>
        <source>Could not retry the download</source>
        <translation>无法重试下载</translation>
    </message>
    <message>
        <source>Removed from the list. Its downloaded video stays in the library.</source>
        <translation>已从列表中移除。已下载的视频仍保留在媒体库中。</translation>
    </message>
    <message>
        <source>{count} tasks removed from the list. Their videos stay in the library.</source>
        <translation>已从列表中移除 {count} 个任务。它们的视频仍保留在媒体库中。</translation>
    </message>
    <message>
        <source>Could not remove from the list</source>
        <translation>无法从列表中移除</translation>
    </message>
    <message>
        <source>Sending paused: queued submissions wait until you resume.</source>
        <translation>已暂停发送：排队中的提交将等待你恢复。</translation>
    </message>
    <message>
        <source>Could not pause sending</source>
        <translation>无法暂停发送</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>已恢复发送</translation>
    </message>
    <message>
        <source>Could not resume sending</source>
        <translation>无法恢复发送</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Left and Right change it, 1 to 5 set it, 0 clears it</source>
        <translation>按 Left 和 Right 调整，1 到 5 设置，0 清除</translation>
    </message>
    <message>
        <source>1 star</source>
        <translation>1 星</translation>
    </message>
    <message>
        <source>{n} stars</source>
        <translation>{n} 星</translation>
    </message>
    <message>
        <source>Rate {stars} (click again to clear)</source>
        <translation>评为 {stars}（再次点击清除）</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>{n} of {max}</source>
        <translation>{n}/{max}</translation>
    </message>
    <message>
        <source>Rating: {words}</source>
        <translation>评分：{words}</translation>
    </message>
</context>
<context>
    <name>ReferenceForm</name>
    <message>
        <source>1 image</source>
        <translation>1 张图片</translation>
    </message>
    <message>
        <source>3 images</source>
        <translation>3 张图片</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>The subject, look or composition of these images guides the video (1 or 3).</source>
        <translation>这些图片的主体、外观或构图将引导视频生成（1 张或 3 张）。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore settings</source>
        <translation>恢复设置</translation>
    </message>
    <message>
        <source>Replace the form with the settings of “{name}”?</source>
        <translation>要用“{name}”的设置替换表单内容吗？</translation>
    </message>
    <message>
        <source>How the prompt would change</source>
        <translation>提示词将如何变化</translation>
    </message>
    <message>
        <source>The prompt stays the same.</source>
        <translation>提示词保持不变。</translation>
    </message>
    <message>
        <source>How the settings would change</source>
        <translation>设置将如何变化</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>设置：</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace the form</source>
        <translation>替换表单</translation>
    </message>
    <message>
        <source>Keep the form as it is</source>
        <translation>保持表单不变</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Refresh the balance</source>
        <translation>刷新余额</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>余额：…</translation>
    </message>
    <message>
        <source>Remaining balance of this key, in the account&apos;s unit</source>
        <translation>此密钥的剩余余额，以账户的计量单位显示</translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation>余额：不可用</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>演示模拟器</translation>
    </message>
    <message>
        <source>Results are simulated on this computer; nothing is charged.</source>
        <translation>结果在这台电脑上模拟生成，不产生任何费用。</translation>
    </message>
    <message>
        <source>APIMart at {host}</source>
        <translation>APIMart（{host}）</translation>
    </message>
    <message>
        <source>API key from {source}</source>
        <translation>API 密钥来自 {source}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline, retrying in {seconds} s</source>
        <translation>离线，{seconds} s 后重试</translation>
    </message>
    <message>
        <source>Offline, retrying…</source>
        <translation>离线，正在重试…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>OmniDesk settings</source>
        <translation>OmniDesk 设置</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Library and new videos</source>
        <translation>媒体库和新视频(&amp;L)</translation>
    </message>
    <message>
        <source>APIMart API key</source>
        <translation>APIMart API 密钥</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>正在查找已保存的密钥…</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>已保存的密钥</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>在此粘贴新密钥</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>新 API 密钥</translation>
    </message>
    <message>
        <source>A new key replaces the stored one when you save it.</source>
        <translation>保存后，新密钥将替换已保存的密钥。</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>新密钥(&amp;N)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve key</source>
        <translation>保存密钥(&amp;V)</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>将密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>移除密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Forget the stored key (OmniDesk then runs in demo mode)</source>
        <translation>清除已保存的密钥（之后 OmniDesk 将以演示模式运行）</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>密钥消息</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Leave empty for APIMart at {url}, or give a mirror&apos;s address.</source>
        <translation>留空则使用 APIMart（{url}），或填写镜像站地址。</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>网络代理</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>自定义：</translation>
    </message>
    <message>
        <source>System settings: the proxy your system or environment names. Custom: http(s) or socks5.</source>
        <translation>系统设置：使用系统或环境变量指定的代理。自定义：http(s) 或 socks5。</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <source>http://host:port or socks5://host:port</source>
        <translation>http://host:port 或 socks5://host:port</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Language of the window and of the service&apos;s messages</source>
        <translation>窗口和服务消息的语言</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The service&apos;s messages follow at once; the window, when OmniDesk next starts.</source>
        <translation>服务消息立即生效；窗口语言在下次启动 OmniDesk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Demo mode: use the built-in simulator even with a key</source>
        <translation>演示模式：即使有密钥也使用内置模拟器(&amp;D)</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Nothing is sent to APIMart and nothing is charged.</source>
        <translation>不会向 APIMart 发送任何内容，也不会产生任何费用。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Ask the service for the balance, with the key typed above or the stored one</source>
        <translation>使用上方输入的密钥或已保存的密钥向服务查询余额</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>媒体库文件夹</translation>
    </message>
    <message>
        <source>Where finished videos are kept. Leave empty for the default.</source>
        <translation>已完成视频的保存位置。留空则使用默认位置。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>选择媒体库文件夹</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Defaults for new videos</source>
        <translation>新视频的默认设置</translation>
    </message>
    <message>
        <source>Default mode</source>
        <translation>默认模式</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>First frame (image to video)</source>
        <translation>首帧（图生视频）</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>参考视频</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>默认时长</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>默认分辨率</translation>
    </message>
    <message>
        <source>Default aspect ratio</source>
        <translation>默认画面比例</translation>
    </message>
    <message>
        <source>16:9 (landscape)</source>
        <translation>16:9（横屏）</translation>
    </message>
    <message>
        <source>9:16 (portrait)</source>
        <translation>9:16（竖屏）</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>R&amp;esolution:</source>
        <translation>分辨率(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Aspect ratio:</source>
        <translation>画面比例(&amp;A)：</translation>
    </message>
    <message>
        <source>When a video is ready</source>
        <translation>视频就绪时</translation>
    </message>
    <message>
        <source>&amp;Play it at once</source>
        <translation>立即播放(&amp;P)</translation>
    </message>
    <message>
        <source>Play new results at once</source>
        <translation>立即播放新结果</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification</source>
        <translation>显示桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Daily spending cap in dollars, approximate (0: no cap)</source>
        <translation>每日消费上限（美元，约数；0 表示不设上限）</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Before a submission would take the day&apos;s spending past this amount, OmniDesk asks first. 0 means no cap.</source>
        <translation>如果某次提交会使当天消费超过此金额，OmniDesk 会先询问你。0 表示不设上限。</translation>
    </message>
    <message>
        <source>Daily &amp;cap (approximate):</source>
        <translation>每日上限（约数）(&amp;C)：</translation>
    </message>
    <message>
        <source>Counted from OmniDesk&apos;s price estimates and the charges the service reports, so it may differ a little from your APIMart bill.</source>
        <translation>根据 OmniDesk 的价格估算和服务报告的扣费计算，因此可能与你的 APIMart 账单略有出入。</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s address, like http://host:port or socks5://host:port.</source>
        <translation>请输入代理地址，例如 http://host:port 或 socks5://host:port。</translation>
    </message>
    <message>
        <source>The base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The default mode</source>
        <translation>默认模式</translation>
    </message>
    <message>
        <source>The default duration</source>
        <translation>默认时长</translation>
    </message>
    <message>
        <source>The default resolution</source>
        <translation>默认分辨率</translation>
    </message>
    <message>
        <source>The default aspect ratio</source>
        <translation>默认画面比例</translation>
    </message>
    <message>
        <source>The daily spending cap</source>
        <translation>每日消费上限</translation>
    </message>
    <message>
        <source>{field} {problem}.</source>
        <translation>{field}{problem}。</translation>
    </message>
    <message>
        <source>In use: the key from {variable} ({masked}). It wins over a stored key; unset the variable to use the one kept here.</source>
        <translation>正在使用：来自 {variable} 的密钥（{masked}）。它优先于已保存的密钥；取消设置该变量即可使用此处保存的密钥。</translation>
    </message>
    <message>
        <source>Stored in {where}: {masked}.</source>
        <translation>已保存在{where}中：{masked}。</translation>
    </message>
    <message>
        <source>No key stored. OmniDesk runs in demo mode with its built-in simulator until you add one.</source>
        <translation>未保存密钥。在你添加密钥之前，OmniDesk 将以演示模式运行，使用内置模拟器。</translation>
    </message>
    <message>
        <source>{variable} is set, so videos go to {path} whatever is chosen here.</source>
        <translation>已设置 {variable}，因此无论此处如何选择，视频都会保存到 {path}。</translation>
    </message>
    <message>
        <source>Could not look for a stored key: {reason}</source>
        <translation>无法查找已保存的密钥：{reason}</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>仅你可读取的文件（{path}）</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>正在保存密钥…</translation>
    </message>
    <message>
        <source>Key saved in {where}.</source>
        <translation>密钥已保存在{where}中。</translation>
    </message>
    <message>
        <source>The key was not saved: {reason}</source>
        <translation>密钥未保存：{reason}</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>没有系统钥匙串</translation>
    </message>
    <message>
        <source>This computer has no system keychain, so the key cannot be kept there.</source>
        <translation>这台电脑没有系统钥匙串，因此无法将密钥保存在其中。</translation>
    </message>
    <message>
        <source>OmniDesk can keep it in a file only your user account can read:
{path}

Anyone who can use your account or read your backups could read it. Alternatively, do not save it and set the OMNIDESK_API_KEY environment variable.</source>
        <translation>OmniDesk 可以将密钥保存在只有你的用户账户能读取的文件中：
{path}

任何能使用你的账户或读取你备份的人都可能读取它。你也可以不保存密钥，改为设置 OMNIDESK_API_KEY 环境变量。</translation>
    </message>
    <message>
        <source>&amp;Keep it in the file</source>
        <translation>保存在文件中(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save it</source>
        <translation>不保存(&amp;D)</translation>
    </message>
    <message>
        <source>The key was not saved. Set OMNIDESK_API_KEY, or save it in the file.</source>
        <translation>密钥未保存。请设置 OMNIDESK_API_KEY，或将密钥保存在文件中。</translation>
    </message>
    <message>
        <source>The stored key was removed; the key from {variable} is still in use.</source>
        <translation>已移除保存的密钥；仍在使用来自 {variable} 的密钥。</translation>
    </message>
    <message>
        <source>The stored key was removed. OmniDesk will run in demo mode.</source>
        <translation>已移除保存的密钥。OmniDesk 将以演示模式运行。</translation>
    </message>
    <message>
        <source>The key was not removed: {reason}</source>
        <translation>密钥未移除：{reason}</translation>
    </message>
    <message>
        <source>Asking {host} for the balance…</source>
        <translation>正在向 {host} 查询余额…</translation>
    </message>
    <message>
        <source>Balance: unlimited</source>
        <translation>余额：无限制</translation>
    </message>
    <message>
        <source>Balance: ${remain} left</source>
        <translation>余额：剩余 ${remain}</translation>
    </message>
    <message>
        <source>(${used} used so far)</source>
        <translation>（目前已用 ${used}）</translation>
    </message>
    <message>
        <source>Connected to the demo simulator (no key is set).</source>
        <translation>已连接到演示模拟器（未设置密钥）。</translation>
    </message>
    <message>
        <source>Connected: the key works.</source>
        <translation>已连接：密钥有效。</translation>
    </message>
    <message>
        <source>There is no key to test and the demo service is not running yet. Paste a key above, or wait for the demo to start and try again.</source>
        <translation>没有可测试的密钥，演示服务也尚未运行。请在上方粘贴密钥，或等待演示服务启动后重试。</translation>
    </message>
</context>
<context>
    <name>SpendCheck</name>
    <message>
        <source>The service is still starting, so today&apos;s spending is not known yet.</source>
        <translation>服务仍在启动，暂时无法得知今天的消费。</translation>
    </message>
    <message>
        <source>This would take today&apos;s spending past your daily cap.</source>
        <translation>此次提交将使今天的消费超过每日上限。</translation>
    </message>
    <message>
        <source>Today so far: about {spent}. This submission: about {quote}. Together about {total}, over your {cap} daily cap.

These are estimates; the service&apos;s charges may differ a little.</source>
        <translation>今天目前：约 {spent}。本次提交：约 {quote}。合计约 {total}，超过你的每日上限 {cap}。

以上均为估算；服务的实际扣费可能略有不同。</translation>
    </message>
    <message>
        <source>OmniDesk could not read today&apos;s spending: {reason}</source>
        <translation>OmniDesk 无法读取今天的消费：{reason}</translation>
    </message>
    <message>
        <source>This submission costs about {quote}; your daily cap is {cap}. Send it anyway, or cancel and try again in a moment.</source>
        <translation>本次提交约花费 {quote}；你的每日上限为 {cap}。可以仍然发送，或取消后稍后重试。</translation>
    </message>
    <message>
        <source>Daily spending cap</source>
        <translation>每日消费上限</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send anyway, past the daily cap</source>
        <translation>仍然发送，超出每日上限</translation>
    </message>
    <message>
        <source>Cancel this submission</source>
        <translation>取消本次提交</translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <source>Spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Today&apos;s spending</source>
        <translation>今日消费</translation>
    </message>
    <message>
        <source>Today&apos;s spending against the daily cap</source>
        <translation>今日消费与每日上限对比</translation>
    </message>
    <message>
        <source>Quoted amounts are OmniDesk&apos;s estimates before sending (approximate); charged amounts are what the service reported. “Still running” is the quote of videos not charged yet.</source>
        <translation>“预估”金额是 OmniDesk 发送前的估算（约数）；“已扣费”金额是服务报告的数据。“仍在运行”是尚未扣费视频的预估金额。</translation>
    </message>
    <message>
        <source>Spending message</source>
        <translation>消费消息</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频数</translation>
    </message>
    <message>
        <source>Quoted (approx.)</source>
        <translation>预估（约）</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>已扣费</translation>
    </message>
    <message>
        <source>Still running (approx.)</source>
        <translation>仍在运行（约）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Spending per day</source>
        <translation>每日消费</translation>
    </message>
    <message>
        <source>Newest day first; amounts in dollars</source>
        <translation>最新日期在前；金额单位为美元</translation>
    </message>
    <message>
        <source>Spending per batch</source>
        <translation>各批次消费</translation>
    </message>
    <message>
        <source>Variations and prompt matrices, newest first; amounts in dollars</source>
        <translation>变体和提示词矩阵，最新在前；金额单位为美元</translation>
    </message>
    <message>
        <source>Per &amp;day</source>
        <translation>按天(&amp;D)</translation>
    </message>
    <message>
        <source>Per &amp;batch</source>
        <translation>按批次(&amp;B)</translation>
    </message>
    <message>
        <source>Daily &amp;cap…</source>
        <translation>每日上限(&amp;C)…</translation>
    </message>
    <message>
        <source>Set the daily spending cap</source>
        <translation>设置每日消费上限</translation>
    </message>
    <message>
        <source>Set or change the daily spending cap in the settings</source>
        <translation>在设置中设置或更改每日消费上限</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the spending</source>
        <translation>刷新消费数据</translation>
    </message>
    <message>
        <source>Read the spending again (F5)</source>
        <translation>重新读取消费数据 (F5)</translation>
    </message>
    <message>
        <source>Reading the spending…</source>
        <translation>正在读取消费数据…</translation>
    </message>
    <message>
        <source>The spending appears once OmniDesk has opened the service.</source>
        <translation>OmniDesk 启动服务后将显示消费数据。</translation>
    </message>
    <message>
        <source>Could not read the spending: {reason} Press Refresh to try again.</source>
        <translation>无法读取消费数据：{reason} 请点击“刷新”重试。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>about {amount}</source>
        <translation>约 {amount}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Batch {id}</source>
        <translation>批次 {id}</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>提示词矩阵</translation>
    </message>
    <message>
        <source>Today: {spent}, over your {cap} daily cap.</source>
        <translation>今天：{spent}，超过你的每日上限 {cap}。</translation>
    </message>
    <message>
        <source>Today: {spent} of your {cap} daily cap.</source>
        <translation>今天：{spent}，每日上限 {cap}。</translation>
    </message>
    <message>
        <source>{percent}% of the cap</source>
        <translation>上限的 {percent}%</translation>
    </message>
    <message>
        <source>Nothing spent today.</source>
        <translation>今天尚无消费。</translation>
    </message>
    <message>
        <source>Today: {spent}.</source>
        <translation>今天：{spent}。</translation>
    </message>
    <message>
        <source>No daily cap is set.</source>
        <translation>未设置每日上限。</translation>
    </message>
    <message>
        <source>About {pending} of it is still running.</source>
        <translation>其中约 {pending} 仍在运行。</translation>
    </message>
</context>
<context>
    <name>TaskNotifier</name>
    <message>
        <source>Video ready</source>
        <translation>视频已就绪</translation>
    </message>
    <message>
        <source>Result link expired</source>
        <translation>结果链接已过期</translation>
    </message>
    <message>
        <source>{prompt}: generate it again to get the video.</source>
        <translation>{prompt}：请重新生成以获取视频。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>Submission refused</source>
        <translation>提交被拒绝</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>生成失败</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Structured prompt</source>
        <translation>结构化提示词</translation>
    </message>
    <message>
        <source>Scene: [where and when]. Subject: [who or what]. Action: [what happens]. Environment: [weather, light, surroundings]. Camera: [shot size and movement]. Style: [look, lens, grade]. Audio: [sounds, music, voices].</source>
        <translation>场景：[地点和时间]。主体：[人物或物体]。动作：[发生了什么]。环境：[天气、光线、周围]。镜头：[景别和运镜]。风格：[画面质感、镜头、调色]。音频：[音效、音乐、人声]。</translation>
    </message>
    <message>
        <source>Product shot</source>
        <translation>产品镜头</translation>
    </message>
    <message>
        <source>A [product] on [surface] in a clean studio; it slowly turns to show [detail]. Soft key light with a gentle rim light; slow orbit around the product at eye level; crisp commercial look, shallow depth of field; subtle ambient music.</source>
        <translation>干净的影棚里，[产品]放在[台面]上，缓缓转动展示[细节]。柔和的主光配轻微的轮廓光；镜头在平视高度绕产品缓慢环绕；清晰的广告质感，浅景深；轻柔的氛围音乐。</translation>
    </message>
    <message>
        <source>Nature documentary</source>
        <translation>自然纪录片</translation>
    </message>
    <message>
        <source>[Animal] [does what] in [habitat] at [time of day]; [weather]. Long lens, slow tracking shot at ground level; natural colours, fine film grain; wind, distant birds, [animal sounds].</source>
        <translation>[时间]，[动物]在[栖息地][做什么]；[天气]。长焦镜头，贴地缓慢跟拍；自然色彩，细腻胶片颗粒；风声、远处的鸟鸣、[动物叫声]。</translation>
    </message>
    <message>
        <source>Character moment</source>
        <translation>角色瞬间</translation>
    </message>
    <message>
        <source>Close-up of [character] in [place], [emotion] as [event]. Warm practical lights, rain on the window behind; slow push-in; cinematic, anamorphic, teal and orange grade; muffled city sounds, soft piano.</source>
        <translation>[地点]中[角色]的特写，[事件]发生时流露出[情绪]。温暖的实景灯光，身后窗上有雨；镜头缓慢推进；电影感，变形宽银幕，青橙调色；沉闷的城市声音，轻柔的钢琴。</translation>
    </message>
    <message>
        <source>Aerial establishing shot</source>
        <translation>航拍开场镜头</translation>
    </message>
    <message>
        <source>Aerial view over [landscape or city] at [time of day]; [what moves below]. Drone glides forward and slowly tilts down; epic wide shot, golden light, haze; low orchestral swell, wind.</source>
        <translation>[时间]俯瞰[风景或城市]的航拍；下方[有什么在移动]。无人机向前滑行并缓缓下摇；壮阔的远景，金色光线，薄雾；低沉渐强的管弦乐，风声。</translation>
    </message>
</context>
<context>
    <name>TextForm</name>
    <message>
        <source>Only the prompt and the settings below are sent: no images.</source>
        <translation>只发送提示词和下方的设置：不含图片。</translation>
    </message>
</context>
<context>
    <name>VideoForm</name>
    <message>
        <source>https://… public address of the video</source>
        <translation>https://… 视频的公开地址</translation>
    </message>
    <message>
        <source>Reference video URL</source>
        <translation>参考视频 URL</translation>
    </message>
    <message>
        <source>Reference video &amp;URL:</source>
        <translation>参考视频 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图片</translation>
    </message>
    <message>
        <source>3 images</source>
        <translation>3 张图片</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Use as f&amp;irst frame</source>
        <translation>用作首帧(&amp;I)</translation>
    </message>
    <message>
        <source>Use the image as the first frame</source>
        <translation>将图片用作首帧</translation>
    </message>
    <message>
        <source>Use as r&amp;eference</source>
        <translation>用作参考(&amp;E)</translation>
    </message>
    <message>
        <source>Use the image as a reference</source>
        <translation>将图片用作参考</translation>
    </message>
    <message>
        <source>The motion of this video guides the new one, and it decides the length (no duration is sent). Videos cannot be uploaded: give a public http(s) address.</source>
        <translation>此视频的运动将引导新视频，并决定其长度（不发送时长）。视频无法上传：请提供公开的 http(s) 地址。</translation>
    </message>
    <message>
        <source>Images (optional):</source>
        <translation>图片（可选）：</translation>
    </message>
    <message>
        <source>Enter the reference video&apos;s URL first.</source>
        <translation>请先输入参考视频的 URL。</translation>
    </message>
    <message>
        <source>The reference video URL must be an http(s) address.</source>
        <translation>参考视频 URL 必须是 http(s) 地址。</translation>
    </message>
    <message>
        <source>Required: the public http(s) address of the motion reference.</source>
        <translation>必填：运动参考视频的公开 http(s) 地址。</translation>
    </message>
    <message>
        <source>An http(s) address: the service fetches it when the task is sent.</source>
        <translation>http(s) 地址：发送任务时由服务获取。</translation>
    </message>
    <message>
        <source>Not an http(s) address: it must start with https:// (or http://) and name a host.</source>
        <translation>不是 http(s) 地址：必须以 https://（或 http://）开头，并包含主机名。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>Wipe view</source>
        <translation>划像视图</translation>
    </message>
    <message>
        <source>The first clip left of the divider, the second right of it. Move it with the arrow keys.</source>
        <translation>第一个片段在分隔线左侧，第二个在右侧。可用方向键移动分隔线。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>参考视频</translation>
    </message>
</context>
<context>
    <name>_MessageRow</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>恢复队列</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
</TS>

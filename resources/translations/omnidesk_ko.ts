<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AspectPreview</name>
    <message>
        <source>Frame shape</source>
        <translation>프레임 모양</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h}픽셀</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Balance: unlimited</source>
        <translation>잔액: 무제한</translation>
    </message>
    <message>
        <source>Balance: unknown</source>
        <translation>잔액: 알 수 없음</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>잔액: {amount}</translation>
    </message>
</context>
<context>
    <name>BasedOnChip</name>
    <message>
        <source>Based on</source>
        <translation>기반</translation>
    </message>
    <message>
        <source>Not based on that result</source>
        <translation>해당 결과물 기반 아님</translation>
    </message>
    <message>
        <source>Not based on that result any more: what you submit records no parent</source>
        <translation>더 이상 해당 결과물을 기반으로 하지 않습니다. 제출 시 상위 항목이 기록되지 않습니다</translation>
    </message>
    <message>
        <source>Based on: “{prompt}”</source>
        <translation>기반: “{prompt}”</translation>
    </message>
    <message>
        <source>What you submit records submission #{id} as its parent, even after you edit the prompt:
{prompt}</source>
        <translation>프롬프트를 편집해도 제출 시 제출 #{id}을(를) 상위 항목으로 기록합니다:
{prompt}</translation>
    </message>
</context>
<context>
    <name>CompareCell</name>
    <message>
        <source>Clip {number}</source>
        <translation>클립 {number}</translation>
    </message>
    <message>
        <source>Clip number</source>
        <translation>클립 번호</translation>
    </message>
    <message>
        <source>Clip {number} (press {number} to pick it)</source>
        <translation>클립 {number}({number} 키를 눌러 선택)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Video of clip {number}</source>
        <translation>클립 {number}의 동영상</translation>
    </message>
    <message>
        <source>Message for clip {number}</source>
        <translation>클립 {number} 메시지</translation>
    </message>
    <message>
        <source>Prompt of clip {number}, compared with clip 1</source>
        <translation>클립 {number}의 프롬프트(클립 1과 비교)</translation>
    </message>
    <message>
        <source>Prompt of clip 1</source>
        <translation>클립 1의 프롬프트</translation>
    </message>
    <message>
        <source>Settings of clip {number}</source>
        <translation>클립 {number}의 설정</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>최종 선택</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Clip {number} is the winner</source>
        <translation>최종 선택: 클립 {number}</translation>
    </message>
    <message>
        <source>Pick clip {number} as the winner</source>
        <translation>클립 {number} 최종 선택</translation>
    </message>
    <message>
        <source>Star clip {number} as the winner ({number})</source>
        <translation>클립 {number}을(를) 최종 선택하고 즐겨찾기로 표시({number})</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare {count} results</source>
        <translation>결과물 {count}개 비교</translation>
    </message>
    <message>
        <source>Compare results</source>
        <translation>결과물 비교</translation>
    </message>
    <message>
        <source>Space plays every clip; I and O set a loop; W switches to the wipe view; 1 to {count} picks the winner.</source>
        <translation>Space: 모든 클립 재생, I/O: 반복 구간 설정, W: 와이프 보기로 전환, 1~{count}: 최종 선택.</translation>
    </message>
    <message>
        <source>Archive the others</source>
        <translation>나머지 보관</translation>
    </message>
    <message>
        <source>Archive the other clips</source>
        <translation>나머지 클립 보관</translation>
    </message>
    <message>
        <source>Set the other clips aside in the library: hidden from the grid, not deleted (A)</source>
        <translation>나머지 클립을 라이브러리에 따로 보관합니다. 그리드에서 숨겨지며 삭제되지 않습니다(A)</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>Keep the other clips</source>
        <translation>나머지 클립 유지</translation>
    </message>
    <message>
        <source>Leave the other clips as they are</source>
        <translation>나머지 클립을 그대로 둡니다</translation>
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
        <translation>구분선 왼쪽은 클립 1, 오른쪽은 클립 2입니다. 구분선을 드래그하거나 화살표 키를 사용하세요.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Position in every clip</source>
        <translation>모든 클립의 재생 위치</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play every clip (Space)</source>
        <translation>모든 클립 재생(Space)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>이전 프레임</translation>
    </message>
    <message>
        <source>Every clip one frame back (,)</source>
        <translation>모든 클립을 한 프레임 뒤로(,)</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>다음 프레임</translation>
    </message>
    <message>
        <source>Every clip one frame forward (.)</source>
        <translation>모든 클립을 한 프레임 앞으로(.)</translation>
    </message>
    <message>
        <source>Set the in point</source>
        <translation>시작점 설정</translation>
    </message>
    <message>
        <source>Start the loop here (I)</source>
        <translation>여기서 반복 구간 시작(I)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Set the out point</source>
        <translation>끝점 설정</translation>
    </message>
    <message>
        <source>End the loop here (O)</source>
        <translation>여기서 반복 구간 종료(O)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Play the range in a loop (L)</source>
        <translation>구간 반복 재생(L)</translation>
    </message>
    <message>
        <source>Clear the loop range</source>
        <translation>반복 구간 지우기</translation>
    </message>
    <message>
        <source>Back to the whole clip, no loop (X)</source>
        <translation>반복 없이 전체 클립으로 돌아가기(X)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Playback speed of every clip</source>
        <translation>모든 클립의 재생 속도</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Sound from</source>
        <translation>소리 출력</translation>
    </message>
    <message>
        <source>Whose sound plays (one at a time, so they can be told apart)</source>
        <translation>소리를 재생할 클립(구분할 수 있도록 한 번에 하나만 재생)</translation>
    </message>
    <message>
        <source>Sound: clip {number}</source>
        <translation>소리: 클립 {number}</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>소리 없음</translation>
    </message>
    <message>
        <source>Wipe view</source>
        <translation>와이프 보기</translation>
    </message>
    <message>
        <source>One picture split by a divider (W)</source>
        <translation>구분선으로 나눈 하나의 화면(W)</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>와이프</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Wipe view: clip 1 on the left, clip 2 on the right. W goes back to the grid.</source>
        <translation>와이프 보기: 왼쪽은 클립 1, 오른쪽은 클립 2입니다. W 키를 누르면 그리드로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Grid view.</source>
        <translation>그리드 보기.</translation>
    </message>
    <message>
        <source>Clip {number} is the winner: starred in the library.</source>
        <translation>클립 {number}을(를) 최종 선택했습니다. 라이브러리에서 즐겨찾기로 표시되었습니다.</translation>
    </message>
    <message>
        <source>Clip {number} is starred. Archive clip {other} to set it aside in the library?</source>
        <translation>클립 {number}을(를) 즐겨찾기로 표시했습니다. 클립 {other}을(를) 라이브러리에 따로 보관하시겠습니까?</translation>
    </message>
    <message>
        <source>Clip {number} is starred. Archive clips {others} to set them aside in the library?</source>
        <translation>클립 {number}을(를) 즐겨찾기로 표시했습니다. 클립 {others}을(를) 라이브러리에 따로 보관하시겠습니까?</translation>
    </message>
    <message>
        <source>Clip {number} could not be starred: {reason}</source>
        <translation>클립 {number}을(를) 즐겨찾기로 표시할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Archived clip {number}: set aside in the library, not deleted.</source>
        <translation>클립 {number}을(를) 보관했습니다. 삭제되지 않고 라이브러리에 따로 보관됩니다.</translation>
    </message>
    <message>
        <source>Archived clips {numbers}: set aside in the library, not deleted.</source>
        <translation>클립 {numbers}을(를) 보관했습니다. 삭제되지 않고 라이브러리에 따로 보관됩니다.</translation>
    </message>
    <message>
        <source>Clip {number} could not be archived: {reason}</source>
        <translation>클립 {number}을(를) 보관할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The other clips could not be archived: {reason}</source>
        <translation>나머지 클립을 보관할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} 및 {last}</translation>
    </message>
    <message>
        <source>The library is not open yet: wait until OmniDesk is connected, then try again.</source>
        <translation>라이브러리가 아직 열리지 않았습니다. OmniDesk가 연결될 때까지 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Still saving the last change to the library; try again in a moment.</source>
        <translation>라이브러리에 마지막 변경 사항을 저장하는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The wipe view shows exactly two clips; this comparison has {count}.</source>
        <translation>와이프 보기는 정확히 클립 두 개만 표시합니다. 현재 비교 중인 클립은 {count}개입니다.</translation>
    </message>
    <message>
        <source>The wipe view needs two clips of the same shape; these two differ.</source>
        <translation>와이프 보기에는 프레임 모양이 같은 클립 두 개가 필요합니다. 이 두 클립은 모양이 다릅니다.</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Clip {number}: {reason}</source>
        <translation>클립 {number}: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Pause every clip (Space)</source>
        <translation>모든 클립 일시 정지(Space)</translation>
    </message>
    <message>
        <source>There is no clip {number} here: pick 1 to {count}.</source>
        <translation>클립 {number}이(가) 없습니다. 1~{count} 중에서 선택하세요.</translation>
    </message>
    <message>
        <source>The other clips were left as they are.</source>
        <translation>나머지 클립은 그대로 두었습니다.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt;: videos come from OmniDesk&apos;s built-in simulator. They are simulated and cost nothing. Add your APIMart API key to make real ones.</source>
        <translation>&lt;b&gt;데모 모드&lt;/b&gt;: 동영상은 OmniDesk에 내장된 시뮬레이터에서 만들어집니다. 시뮬레이션된 동영상이며 비용이 들지 않습니다. 실제 동영상을 만들려면 APIMart API 키를 추가하세요.</translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation>API 키 추가…</translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation>API 키 추가</translation>
    </message>
</context>
<context>
    <name>ErrorArea</name>
    <message>
        <source>Problems with generating</source>
        <translation>생성 문제</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Check the system clock, any proxy, and that the certificate is trusted.</source>
        <translation>시스템 시계와 프록시를 확인하고 인증서를 신뢰하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Fix it and try again; nothing was sent.</source>
        <translation>수정한 뒤 다시 시도하세요. 아무것도 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>Check your API key in Settings (or OMNIDESK_API_KEY) and try again.</source>
        <translation>설정(또는 OMNIDESK_API_KEY)의 API 키를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Your balance is spent. Top up your APIMart account, then submit again.</source>
        <translation>잔액이 모두 소진되었습니다. APIMart 계정을 충전한 뒤 다시 제출하세요.</translation>
    </message>
    <message>
        <source>This key may not use this model or may be restricted by IP; check the key&apos;s permissions.</source>
        <translation>이 키로는 이 모델을 사용할 수 없거나 IP가 제한되었을 수 있습니다. 키의 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>OmniDesk waits and retries by itself.</source>
        <translation>OmniDesk가 기다렸다가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The request was refused; change it and submit again.</source>
        <translation>요청이 거부되었습니다. 내용을 바꾼 뒤 다시 제출하세요.</translation>
    </message>
    <message>
        <source>The same submission is still being handled; OmniDesk waits and asks again.</source>
        <translation>같은 제출을 아직 처리 중입니다. OmniDesk가 기다렸다가 다시 확인합니다.</translation>
    </message>
    <message>
        <source>This submission&apos;s key was already used for a different request (a bug in OmniDesk).</source>
        <translation>이 제출의 키가 이미 다른 요청에 사용되었습니다(OmniDesk의 버그).</translation>
    </message>
    <message>
        <source>Check the task id; the server may have forgotten very old tasks.</source>
        <translation>작업 ID를 확인하세요. 아주 오래된 작업은 서버에 남아 있지 않을 수 있습니다.</translation>
    </message>
    <message>
        <source>The service had a problem; try again in a moment.</source>
        <translation>서비스에 문제가 발생했습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The service timed out; OmniDesk retries by itself.</source>
        <translation>서비스 응답 시간이 초과되었습니다. OmniDesk가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Result links only last 24-72 hours; this one can no longer be downloaded.</source>
        <translation>결과물 링크는 24~72시간 동안만 유효합니다. 이 링크는 더 이상 다운로드할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings); OmniDesk retries by itself.</source>
        <translation>인터넷 연결(및 프록시 설정)을 확인하세요. OmniDesk가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The download broke off; OmniDesk resumes it by itself.</source>
        <translation>다운로드가 중단되었습니다. OmniDesk가 자동으로 이어서 받습니다.</translation>
    </message>
    <message>
        <source>Only http(s) links can be downloaded.</source>
        <translation>http(s) 링크만 다운로드할 수 있습니다.</translation>
    </message>
    <message>
        <source>Use a JPEG, PNG, WebP or GIF image of at most 20 MB.</source>
        <translation>20 MB 이하의 JPEG, PNG, WebP 또는 GIF 이미지를 사용하세요.</translation>
    </message>
    <message>
        <source>The service is busy; OmniDesk retries by itself.</source>
        <translation>서비스가 혼잡합니다. OmniDesk가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The address was not found; check the API base URL in Settings.</source>
        <translation>주소를 찾을 수 없습니다. 설정의 API 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>{problem}{where}. Check the file or folder and try again.</source>
        <translation>{problem}{where}. 파일이나 폴더를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>OmniDesk hit an unexpected problem: {problem}. Try again.</source>
        <translation>OmniDesk에 예기치 않은 문제가 발생했습니다: {problem}. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export to folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
</context>
<context>
    <name>FrameForm</name>
    <message>
        <source>First frame</source>
        <translation>첫 프레임</translation>
    </message>
    <message>
        <source>The video starts from this image.</source>
        <translation>동영상이 이 이미지에서 시작됩니다.</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>Reference video</source>
        <translation>참조 동영상</translation>
    </message>
    <message>
        <source>Text to video: from the prompt alone</source>
        <translation>텍스트→동영상: 프롬프트만으로 생성</translation>
    </message>
    <message>
        <source>First frame (image to video): the video starts from your image</source>
        <translation>첫 프레임(이미지→동영상): 지정한 이미지에서 동영상이 시작됩니다</translation>
    </message>
    <message>
        <source>Reference images: 1 or 3 images guide the video</source>
        <translation>참조 이미지: 이미지 1개 또는 3개를 기준으로 동영상을 만듭니다</translation>
    </message>
    <message>
        <source>Reference video: a video&apos;s motion guides the new one</source>
        <translation>참조 동영상: 기존 동영상의 움직임을 기준으로 새 동영상을 만듭니다</translation>
    </message>
    <message>
        <source>{what} (Alt+{n})</source>
        <translation>{what} (Alt+{n})</translation>
    </message>
    <message>
        <source>Mode: {name}</source>
        <translation>모드: {name}</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>프롬프트(&amp;P)</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>양식 지우기</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>양식 지우기</translation>
    </message>
    <message>
        <source>Empty the prompt and the images, and start afresh</source>
        <translation>프롬프트와 이미지를 비우고 새로 시작합니다</translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation>제출 상태</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Submit the generation</source>
        <translation>생성 요청 제출</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>How many videos of this request to make at once (1 to {most}), sent as one batch</source>
        <translation>이 요청으로 한 번에 만들 동영상 수(1~{most})이며, 하나의 배치로 전송됩니다</translation>
    </message>
    <message>
        <source>&amp;Variations:</source>
        <translation>변형(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>매트릭스(&amp;M)…</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>프롬프트 매트릭스</translation>
    </message>
    <message>
        <source>Several prompt lines and settings: every combination, counted and priced before sending</source>
        <translation>여러 프롬프트 줄과 설정의 모든 조합을 전송 전에 개수와 비용까지 계산합니다</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>The service is not running: {problem}</source>
        <translation>서비스가 실행되고 있지 않습니다: {problem}</translation>
    </message>
    <message>
        <source>OmniDesk is connecting to the service; Submit is available in a moment.</source>
        <translation>OmniDesk가 서비스에 연결하는 중입니다. 잠시 후 제출할 수 있습니다.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>먼저 프롬프트를 입력하세요.</translation>
    </message>
    <message>
        <source>Variations ×{count}: {prompt}</source>
        <translation>변형 ×{count}: {prompt}</translation>
    </message>
    <message>
        <source>Submitted — see the Queue.</source>
        <translation>제출했습니다. 대기열에서 확인하세요.</translation>
    </message>
    <message>
        <source>Submitted {count} videos as one batch — see the Queue.</source>
        <translation>동영상 {count}개를 하나의 배치로 제출했습니다. 대기열에서 확인하세요.</translation>
    </message>
    <message>
        <source>Uploading {n} of {total}…</source>
        <translation>업로드 중({n}/{total})…</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>제출 중…</translation>
    </message>
    <message>
        <source>The window stays usable while this runs.</source>
        <translation>진행 중에도 창을 계속 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Answer the question about the daily spending cap first.</source>
        <translation>먼저 일일 지출 한도에 관한 질문에 답하세요.</translation>
    </message>
    <message>
        <source>Submit {count}</source>
        <translation>{count}개 제출</translation>
    </message>
    <message>
        <source>Submit the generation (Ctrl+Enter)</source>
        <translation>생성 요청 제출(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ready: Ctrl+Enter submits.</source>
        <translation>준비 완료: Ctrl+Enter 키로 제출합니다.</translation>
    </message>
    <message>
        <source>The form holds the settings of “{name}”.</source>
        <translation>양식에 “{name}”의 설정을 불러왔습니다.</translation>
    </message>
    <message>
        <source>Could not restore from that file: {reason}</source>
        <translation>해당 파일에서 복원할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Submission #{id}: {message}</source>
        <translation>제출 #{id}: {message}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Prompt history, presets and templates</source>
        <translation>프롬프트 기록, 프리셋 및 템플릿</translation>
    </message>
    <message>
        <source>History, presets and templates</source>
        <translation>기록, 프리셋 및 템플릿</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>기록 메시지</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>프롬프트 검색</translation>
    </message>
    <message>
        <source>Search the prompt history</source>
        <translation>프롬프트 기록 검색</translation>
    </message>
    <message>
        <source>Find prompts containing these words; Down moves to the list</source>
        <translation>입력한 단어가 포함된 프롬프트를 찾습니다. Down 키를 누르면 목록으로 이동합니다</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>별표만</translation>
    </message>
    <message>
        <source>Show starred prompts only</source>
        <translation>별표 표시한 프롬프트만 표시</translation>
    </message>
    <message>
        <source>Show only the prompts you starred</source>
        <translation>별표를 표시한 프롬프트만 표시합니다</translation>
    </message>
    <message>
        <source>Prompt history</source>
        <translation>프롬프트 기록</translation>
    </message>
    <message>
        <source>Enter loads the prompt with its settings, S stars it, Delete forgets it</source>
        <translation>Enter: 프롬프트와 설정 불러오기, S: 별표 표시, Delete: 기록에서 삭제</translation>
    </message>
    <message>
        <source>Use This Prompt</source>
        <translation>이 프롬프트 사용</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>별표 표시</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>프롬프트 복사</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>기록에서 삭제</translation>
    </message>
    <message>
        <source>Prompt history is empty</source>
        <translation>프롬프트 기록이 비어 있습니다</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Load the prompt with the settings it was last sent with (Enter)</source>
        <translation>마지막으로 전송할 때의 설정과 함께 프롬프트 불러오기(Enter)</translation>
    </message>
    <message>
        <source>Star or unstar the prompt (S)</source>
        <translation>프롬프트 별표 표시 또는 해제(S)</translation>
    </message>
    <message>
        <source>Remove the prompt from the history (Delete)</source>
        <translation>기록에서 프롬프트 삭제(Delete)</translation>
    </message>
    <message>
        <source>Enter applies the preset, F2 renames it, Delete deletes it</source>
        <translation>Enter: 프리셋 적용, F2: 이름 변경, Delete: 삭제</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>No presets yet. Set up the form, then “Save current…” keeps its prompt and settings.</source>
        <translation>아직 프리셋이 없습니다. 양식을 설정한 후 “현재 설정 저장…”을 누르면 프롬프트와 설정이 저장됩니다.</translation>
    </message>
    <message>
        <source>Preset settings</source>
        <translation>프리셋 설정</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>현재 설정 저장…</translation>
    </message>
    <message>
        <source>Save the form&apos;s prompt and settings as a named preset</source>
        <translation>양식의 프롬프트와 설정을 이름을 붙인 프리셋으로 저장합니다</translation>
    </message>
    <message>
        <source>Put the preset&apos;s prompt and settings into the form (Enter)</source>
        <translation>프리셋의 프롬프트와 설정을 양식에 적용(Enter)</translation>
    </message>
    <message>
        <source>Give the preset another name (F2)</source>
        <translation>프리셋 이름 변경(F2)</translation>
    </message>
    <message>
        <source>Delete the preset (Delete)</source>
        <translation>프리셋 삭제(Delete)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the presets and the prompt history to a JSON file</source>
        <translation>프리셋과 프롬프트 기록을 JSON 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Add presets and prompt history from a JSON file</source>
        <translation>JSON 파일에서 프리셋과 프롬프트 기록을 추가합니다</translation>
    </message>
    <message>
        <source>Presets and history:</source>
        <translation>프리셋 및 기록:</translation>
    </message>
    <message>
        <source>Enter puts the template into the prompt</source>
        <translation>Enter 키를 누르면 템플릿을 프롬프트에 넣습니다</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>템플릿 텍스트</translation>
    </message>
    <message>
        <source>Replace the parts in [brackets] with your own.</source>
        <translation>[대괄호] 안의 부분을 원하는 내용으로 바꾸세요.</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>템플릿 사용</translation>
    </message>
    <message>
        <source>Put the template into the prompt editor (Enter)</source>
        <translation>템플릿을 프롬프트 편집기에 넣기(Enter)</translation>
    </message>
    <message>
        <source>OmniDesk is still opening the service. Try again in a moment.</source>
        <translation>OmniDesk가 아직 서비스를 여는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The prompt history could not be read: {reason}</source>
        <translation>프롬프트 기록을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The presets could not be read: {reason}</source>
        <translation>프리셋을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>No prompt contains “{search}”.</source>
        <translation>“{search}”을(를) 포함하는 프롬프트가 없습니다.</translation>
    </message>
    <message>
        <source>No starred prompts yet. Star one with S or from its menu.</source>
        <translation>아직 별표를 표시한 프롬프트가 없습니다. S 키나 메뉴에서 별표를 표시하세요.</translation>
    </message>
    <message>
        <source>No prompts yet. Every prompt you send is kept here, with how often you used it.</source>
        <translation>아직 프롬프트가 없습니다. 전송한 모든 프롬프트가 사용 횟수와 함께 여기에 저장됩니다.</translation>
    </message>
    <message>
        <source>The prompt&apos;s settings could not be read</source>
        <translation>프롬프트의 설정을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The star could not be saved</source>
        <translation>별표를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Forgot the prompt “{prompt}”.</source>
        <translation>프롬프트 “{prompt}”을(를) 기록에서 삭제했습니다.</translation>
    </message>
    <message>
        <source>The prompt could not be forgotten</source>
        <translation>프롬프트를 기록에서 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>별표 해제</translation>
    </message>
    <message>
        <source>The form&apos;s settings could not be read: {reason}</source>
        <translation>양식의 설정을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Write a prompt first: a preset keeps a prompt with its settings.</source>
        <translation>먼저 프롬프트를 입력하세요. 프리셋에는 프롬프트와 설정이 함께 저장됩니다.</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>프리셋 저장</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>프리셋 이름:</translation>
    </message>
    <message>
        <source>A preset needs a name. Nothing was saved.</source>
        <translation>프리셋 이름이 필요합니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Replace Preset</source>
        <translation>프리셋 바꾸기</translation>
    </message>
    <message>
        <source>A preset named “{name}” exists. Replace it with the form&apos;s prompt and settings?</source>
        <translation>이름이 “{name}”인 프리셋이 이미 있습니다. 양식의 프롬프트와 설정으로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Saved the preset “{name}”.</source>
        <translation>프리셋 “{name}”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>The preset could not be saved</source>
        <translation>프리셋을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>프리셋 이름 변경</translation>
    </message>
    <message>
        <source>New name of the preset:</source>
        <translation>프리셋의 새 이름:</translation>
    </message>
    <message>
        <source>A preset named “{name}” exists. Replace it with “{old}”?</source>
        <translation>이름이 “{name}”인 프리셋이 이미 있습니다. “{old}”(으)로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{name}”.</source>
        <translation>“{old}”의 이름을 “{name}”(으)로 변경했습니다.</translation>
    </message>
    <message>
        <source>The preset could not be renamed</source>
        <translation>프리셋 이름을 변경할 수 없습니다</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>프리셋 삭제</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? This cannot be undone.</source>
        <translation>프리셋 “{name}”을(를) 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Deleted the preset “{name}”.</source>
        <translation>프리셋 “{name}”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>The preset could not be deleted</source>
        <translation>프리셋을 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Export Presets and History</source>
        <translation>프리셋 및 기록 내보내기</translation>
    </message>
    <message>
        <source>Exported {presets} and {prompts} to {file}.</source>
        <translation>{presets}와 {prompts}를 {file}에 내보냈습니다.</translation>
    </message>
    <message>
        <source>1 preset</source>
        <translation>프리셋 1개</translation>
    </message>
    <message>
        <source>{n} presets</source>
        <translation>프리셋 {n}개</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>프롬프트 1개</translation>
    </message>
    <message>
        <source>{n} prompts</source>
        <translation>프롬프트 {n}개</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Import Presets and History</source>
        <translation>프리셋 및 기록 가져오기</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>가져온 항목이 없습니다</translation>
    </message>
    <message>
        <source>1 preset added</source>
        <translation>프리셋 1개 추가됨</translation>
    </message>
    <message>
        <source>{n} presets added</source>
        <translation>프리셋 {n}개 추가됨</translation>
    </message>
    <message>
        <source>{n} replaced</source>
        <translation>{n}개 대체됨</translation>
    </message>
    <message>
        <source>{n} kept</source>
        <translation>{n}개 유지됨</translation>
    </message>
    <message>
        <source>1 prompt merged</source>
        <translation>프롬프트 1개 병합됨</translation>
    </message>
    <message>
        <source>{n} prompts merged</source>
        <translation>프롬프트 {n}개 병합됨</translation>
    </message>
    <message>
        <source>From {file}: {what}.</source>
        <translation>{file}에서: {what}.</translation>
    </message>
    <message>
        <source>{file} holds no presets and no prompts: nothing changed.</source>
        <translation>{file}에 프리셋과 프롬프트가 없습니다. 변경된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>프리셋 가져오기</translation>
    </message>
    <message>
        <source>The file has a preset with a name you already use: {names}</source>
        <translation>파일에 이미 사용 중인 이름의 프리셋이 있습니다: {names}</translation>
    </message>
    <message>
        <source>The file has {n} presets with names you already use: {names}</source>
        <translation>파일에 이미 사용 중인 이름의 프리셋이 {n}개 있습니다: {names}</translation>
    </message>
    <message>
        <source>Replace yours with the file&apos;s, or keep yours and skip those?</source>
        <translation>기존 프리셋을 파일의 프리셋으로 바꾸시겠습니까, 아니면 기존 프리셋을 유지하고 해당 항목을 건너뛰시겠습니까?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>기존 항목 유지</translation>
    </message>
    <message>
        <source>OmniDesk presets and history (*.json);;All files (*)</source>
        <translation>OmniDesk 프리셋 및 기록 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ImageSlot</name>
    <message>
        <source>or an image URL: https://…</source>
        <translation>또는 이미지 URL: https://…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>이미지 파일 선택</translation>
    </message>
    <message>
        <source>Choose an image file (JPEG, PNG, WebP or GIF, at most 20 MB)</source>
        <translation>이미지 파일 선택(JPEG, PNG, WebP 또는 GIF, 최대 20 MB)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Paste an image</source>
        <translation>이미지 붙여넣기</translation>
    </message>
    <message>
        <source>Use the image, file or URL on the clipboard (Ctrl+V)</source>
        <translation>클립보드의 이미지, 파일 또는 URL 사용(Ctrl+V)</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>이 이미지 제거</translation>
    </message>
    <message>
        <source>Remove this image (Delete)</source>
        <translation>이 이미지 제거(Delete)</translation>
    </message>
    <message>
        <source>Move this image up</source>
        <translation>이 이미지를 위로 이동</translation>
    </message>
    <message>
        <source>Move this image down</source>
        <translation>이 이미지를 아래로 이동</translation>
    </message>
    <message>
        <source>Image {n}</source>
        <translation>이미지 {n}</translation>
    </message>
    <message>
        <source>Image {n} URL</source>
        <translation>이미지 {n} URL</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>붙여넣은 이미지</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an image, an image file or an image URL first.</source>
        <translation>클립보드가 비어 있습니다. 먼저 이미지, 이미지 파일 또는 이미지 URL을 복사하세요.</translation>
    </message>
    <message>
        <source>That is not an image, an image file or an http(s) image URL. Try another one.</source>
        <translation>이미지, 이미지 파일 또는 http(s) 이미지 URL이 아닙니다. 다른 항목을 사용해 보세요.</translation>
    </message>
    <message>
        <source>Type a full http(s) address, e.g. https://example.com/photo.jpg</source>
        <translation>전체 http(s) 주소를 입력하세요(예: https://example.com/photo.jpg)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>이미지 선택</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.webp *.gif);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>미리 보기 없음</translation>
    </message>
    <message>
        <source>Drop or paste an image here</source>
        <translation>여기에 이미지를 놓거나 붙여넣으세요</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} 확인 중…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>{name} · {kind} {size}</source>
        <translation>{name} · {kind} {size}</translation>
    </message>
    <message>
        <source>From {host}: the service fetches it when the task is sent.</source>
        <translation>출처 {host}: 작업을 전송할 때 서비스가 이미지를 가져옵니다.</translation>
    </message>
    <message>
        <source>Empty: drop a file, paste, choose a file or type a URL.</source>
        <translation>비어 있음: 파일을 놓거나, 붙여넣거나, 파일을 선택하거나, URL을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Iteration</name>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n}일 전</translation>
    </message>
    <message>
        <source>a week ago</source>
        <translation>1주 전</translation>
    </message>
    <message>
        <source>{n} weeks ago</source>
        <translation>{n}주 전</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>1개월 전</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>{n}개월 전</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>1년 전</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>{n}년 전</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>이미지 1개</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>이미지 {n}개</translation>
    </message>
    <message>
        <source>a reference video</source>
        <translation>참조 동영상 1개</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>aspect</source>
        <translation>화면 비율</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>from the video</source>
        <translation>동영상 기준</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{count} (other)</source>
        <translation>{count}(다름)</translation>
    </message>
    <message>
        <source>{count} (changed)</source>
        <translation>{count}(변경됨)</translation>
    </message>
    <message>
        <source>{name} {old} → {new}</source>
        <translation>{name} {old} → {new}</translation>
    </message>
    <message>
        <source>same settings</source>
        <translation>동일한 설정</translation>
    </message>
    <message>
        <source>charged ${cost}</source>
        <translation>${cost} 청구됨</translation>
    </message>
    <message>
        <source>about ${cost}</source>
        <translation>약 ${cost}</translation>
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
        <translation>직접 추가함</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Rated {rating} of 5</source>
        <translation>평점 {rating}/5</translation>
    </message>
    <message>
        <source>Made in a batch: “Show This Batch” lists its results</source>
        <translation>배치로 생성됨: “이 배치 보기”에서 결과물을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>No record of how this video was made.</source>
        <translation>이 동영상의 생성 기록이 없습니다.</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>미리 보기 없음: {reason}</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>rated {rating} of 5</source>
        <translation>평점 {rating}/5</translation>
    </message>
    <message>
        <source>in a batch</source>
        <translation>배치에 포함</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>보관됨</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search prompts and notes</source>
        <translation>프롬프트 및 메모 검색</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>Search prompts and notes (Ctrl+F)</source>
        <translation>프롬프트 및 메모 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>오래된순</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>정렬 순서</translation>
    </message>
    <message>
        <source>Order of the videos by date</source>
        <translation>날짜별 동영상 정렬 순서</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ 즐겨찾기</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>즐겨찾기만 표시</translation>
    </message>
    <message>
        <source>Show only the videos marked as favourite</source>
        <translation>즐겨찾기로 표시한 동영상만 표시합니다</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>보관 항목 표시</translation>
    </message>
    <message>
        <source>Show archived videos</source>
        <translation>보관된 동영상 표시</translation>
    </message>
    <message>
        <source>Show the videos you archived (set aside) too</source>
        <translation>보관한(따로 둔) 동영상도 표시합니다</translation>
    </message>
    <message>
        <source>Refresh the library</source>
        <translation>라이브러리 새로 고침</translation>
    </message>
    <message>
        <source>Look at the library folder again (F5)</source>
        <translation>라이브러리 폴더 다시 읽기(F5)</translation>
    </message>
    <message>
        <source>Number of videos</source>
        <translation>동영상 수</translation>
    </message>
    <message>
        <source>Batch shown</source>
        <translation>표시 중인 배치</translation>
    </message>
    <message>
        <source>Show every video again</source>
        <translation>모든 동영상 다시 표시</translation>
    </message>
    <message>
        <source>Leave this batch: show every video again</source>
        <translation>이 배치에서 나가기: 모든 동영상을 다시 표시합니다</translation>
    </message>
    <message>
        <source>Video library</source>
        <translation>동영상 라이브러리</translation>
    </message>
    <message>
        <source>Enter plays, Delete deletes, S marks as favourite, 1 to 5 rate, 0 clears the rating</source>
        <translation>Enter: 재생, Delete: 삭제, S: 즐겨찾기 표시, 1~5: 평점 매기기, 0: 평점 지우기</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <source>Open in System Player</source>
        <translation>시스템 플레이어에서 열기</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>비교…</translation>
    </message>
    <message>
        <source>Compare 2 to 4 selected videos side by side</source>
        <translation>선택한 동영상 2~4개를 나란히 비교합니다</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Show This Batch</source>
        <translation>이 배치 보기</translation>
    </message>
    <message>
        <source>Continue from Last Frame</source>
        <translation>마지막 프레임에서 이어가기</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>해상도 올리기</translation>
    </message>
    <message>
        <source>Flip Aspect</source>
        <translation>화면 비율 전환</translation>
    </message>
    <message>
        <source>{count} Variations</source>
        <translation>변형 {count}개</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>The library folder could not be read: {reason}</source>
        <translation>라이브러리 폴더를 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>A new video could not be listed: {reason} Refresh the library to try again.</source>
        <translation>새 동영상을 목록에 추가할 수 없습니다: {reason} 라이브러리를 새로 고쳐 다시 시도하세요.</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>동영상 1개</translation>
    </message>
    <message>
        <source>{total} videos</source>
        <translation>동영상 {total}개</translation>
    </message>
    <message>
        <source>{shown} of {total} videos</source>
        <translation>동영상 {total}개 중 {shown}개</translation>
    </message>
    <message>
        <source>The library is not available. {reason}</source>
        <translation>라이브러리를 사용할 수 없습니다. {reason}</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>라이브러리 여는 중…</translation>
    </message>
    <message>
        <source>Your videos appear here once a generation finishes.</source>
        <translation>생성이 완료되면 여기에 동영상이 표시됩니다.</translation>
    </message>
    <message>
        <source>No favourites yet. Select a video and press S to mark it as a favourite.</source>
        <translation>아직 즐겨찾기가 없습니다. 동영상을 선택하고 S 키를 눌러 즐겨찾기로 표시하세요.</translation>
    </message>
    <message>
        <source>Every video here is archived. Turn on “Show archived” to see them.</source>
        <translation>여기에 있는 모든 동영상이 보관되었습니다. 보려면 “보관 항목 표시”를 켜세요.</translation>
    </message>
    <message>
        <source>No video matches this search.</source>
        <translation>검색과 일치하는 동영상이 없습니다.</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>보관 해제</translation>
    </message>
    <message>
        <source>Promote to {resolution}</source>
        <translation>{resolution}로 해상도 올리기</translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Marked {n} videos as favourites.</source>
        <translation>동영상 {n}개를 즐겨찾기에 추가했습니다.</translation>
    </message>
    <message>
        <source>{n} videos are no longer favourites.</source>
        <translation>동영상 {n}개를 즐겨찾기에서 제거했습니다.</translation>
    </message>
    <message>
        <source>Rated {n} videos {stars} of 5.</source>
        <translation>동영상 {n}개에 5점 중 {stars}점을 매겼습니다.</translation>
    </message>
    <message>
        <source>Rating cleared for {n} videos.</source>
        <translation>동영상 {n}개의 평점을 지웠습니다.</translation>
    </message>
    <message>
        <source>Marked as favourite.</source>
        <translation>즐겨찾기로 표시했습니다.</translation>
    </message>
    <message>
        <source>No longer a favourite.</source>
        <translation>즐겨찾기에서 해제했습니다.</translation>
    </message>
    <message>
        <source>Rated {stars} of 5.</source>
        <translation>평점을 {stars}/5로 매겼습니다.</translation>
    </message>
    <message>
        <source>Rating cleared.</source>
        <translation>평점을 지웠습니다.</translation>
    </message>
    <message>
        <source>Could not save the mark on “{name}”: its settings file is damaged ({reason}). Repair or remove {sidecar}, then try again.</source>
        <translation>“{name}”의 표시를 저장할 수 없습니다. 설정 파일이 손상되었습니다({reason}). {sidecar}을(를) 복구하거나 삭제한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not save the mark on “{name}”: {reason}</source>
        <translation>“{name}”의 표시를 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Select 2 to 4 videos to compare (Ctrl or Shift and click).</source>
        <translation>비교할 동영상을 2~4개 선택하세요(Ctrl 또는 Shift를 누른 채 클릭).</translation>
    </message>
    <message>
        <source>Archived. Turn on “Show archived” to see it again.</source>
        <translation>보관했습니다. 다시 보려면 “보관 항목 표시”를 켜세요.</translation>
    </message>
    <message>
        <source>{count} videos archived. Turn on “Show archived” to see them again.</source>
        <translation>동영상 {count}개를 보관했습니다. 다시 보려면 “보관 항목 표시”를 켜세요.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>보관했습니다.</translation>
    </message>
    <message>
        <source>{count} videos archived.</source>
        <translation>동영상 {count}개를 보관했습니다.</translation>
    </message>
    <message>
        <source>No longer archived.</source>
        <translation>보관을 해제했습니다.</translation>
    </message>
    <message>
        <source>{count} videos no longer archived.</source>
        <translation>동영상 {count}개의 보관을 해제했습니다.</translation>
    </message>
    <message>
        <source>{count} videos sent together</source>
        <translation>함께 전송한 동영상 {count}개</translation>
    </message>
    <message>
        <source>Batch: {label}</source>
        <translation>배치: {label}</translation>
    </message>
    <message>
        <source>No application could open “{name}”. Install a video player and try again.</source>
        <translation>“{name}”을(를) 열 수 있는 애플리케이션이 없습니다. 동영상 플레이어를 설치한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not open the folder {folder}.</source>
        <translation>{folder} 폴더를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Video</source>
        <translation>동영상 삭제</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>“{title}”을(를) 휴지통으로 이동하시겠습니까?</translation>
    </message>
    <message>
        <source>The video and its settings file go to the system trash, where you can restore them.</source>
        <translation>동영상과 설정 파일이 시스템 휴지통으로 이동하며, 휴지통에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete Videos</source>
        <translation>동영상 삭제</translation>
    </message>
    <message>
        <source>Move these {n} videos to the trash?</source>
        <translation>이 동영상 {n}개를 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <source>The videos and their settings files go to the system trash, where you can restore them.</source>
        <translation>동영상과 설정 파일은 시스템 휴지통으로 이동하며, 그곳에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash.</source>
        <translation>“{title}”을(를) 휴지통으로 이동했습니다.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>“{title}”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Could not delete “{title}”: {reason}. Check that no other program uses it and try again.</source>
        <translation>“{title}”을(를) 삭제할 수 없습니다: {reason}. 다른 프로그램에서 사용 중이지 않은지 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>“{title}” cannot go to the trash. Delete it permanently?</source>
        <translation>“{title}”을(를) 휴지통으로 이동할 수 없습니다. 영구적으로 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>There is no usable trash here ({reason}). A permanent deletion cannot be undone.</source>
        <translation>사용할 수 있는 휴지통이 없습니다({reason}). 영구 삭제는 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>아무것도 삭제되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LineageModel</name>
    <message>
        <source>from version {number}</source>
        <translation>버전 {number}에서 파생</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>버전 {number}</translation>
    </message>
    <message>
        <source>Not downloaded: nothing to play yet.</source>
        <translation>다운로드되지 않음: 아직 재생할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>this one</source>
        <translation>현재 버전</translation>
    </message>
    <message>
        <source>added: {words}</source>
        <translation>추가됨: {words}</translation>
    </message>
    <message>
        <source>removed: {words}</source>
        <translation>삭제됨: {words}</translation>
    </message>
    <message>
        <source>prompt: {prompt}</source>
        <translation>프롬프트: {prompt}</translation>
    </message>
</context>
<context>
    <name>LineageView</name>
    <message>
        <source>Iteration thread</source>
        <translation>버전 계보</translation>
    </message>
    <message>
        <source>Iteration thread title</source>
        <translation>버전 계보 제목</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Oldest first, each version under the one it was made from. Enter plays, U uses its settings</source>
        <translation>오래된순이며, 각 버전은 원본 버전 아래에 표시됩니다. Enter: 재생, U: 설정 사용</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <source>Iteration thread message</source>
        <translation>버전 계보 메시지</translation>
    </message>
    <message>
        <source>Play this version</source>
        <translation>이 버전 재생</translation>
    </message>
    <message>
        <source>Play the selected version (Enter)</source>
        <translation>선택한 버전 재생(Enter)</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <source>Start a new generation with the selected version&apos;s prompt and parameters (U)</source>
        <translation>선택한 버전의 프롬프트와 매개변수로 새로 생성 시작(U)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Refresh the thread</source>
        <translation>계보 새로 고침</translation>
    </message>
    <message>
        <source>Read the thread again</source>
        <translation>계보 다시 읽기</translation>
    </message>
    <message>
        <source>Choose “Iteration thread” (Ctrl+I) on a result to see every version of it here.</source>
        <translation>결과물에서 “버전 계보”(Ctrl+I)를 선택하면 여기에 모든 버전이 표시됩니다.</translation>
    </message>
    <message>
        <source>OmniDesk is still opening the service; the thread appears once it is ready.</source>
        <translation>OmniDesk가 아직 서비스를 여는 중입니다. 준비되면 계보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Reading the iteration thread…</source>
        <translation>버전 계보 읽는 중…</translation>
    </message>
    <message>
        <source>Iteration thread of “{prompt}”: {count}</source>
        <translation>“{prompt}”의 버전 계보: {count}</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>버전 1개</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>버전 {n}개</translation>
    </message>
    <message>
        <source>OmniDesk has no record of this result&apos;s submission on this computer (it may come from another computer or an older library), so it has no iteration thread here.</source>
        <translation>이 컴퓨터의 OmniDesk에는 이 결과물의 제출 기록이 없으므로(다른 컴퓨터나 이전 라이브러리에서 가져온 결과물일 수 있음) 여기에 버전 계보를 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>The iteration thread could not be read: {reason}</source>
        <translation>버전 계보를 읽을 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>LoopRangeBar</name>
    <message>
        <source>Loop range</source>
        <translation>반복 구간</translation>
    </message>
    <message>
        <source>Drag the handles to choose the part that plays in a loop; or press I and O to set them at the current position</source>
        <translation>핸들을 드래그해 반복 재생할 구간을 선택하거나, I와 O 키를 눌러 현재 위치로 설정하세요</translation>
    </message>
    <message>
        <source>in point</source>
        <translation>시작점</translation>
    </message>
    <message>
        <source>out point</source>
        <translation>끝점</translation>
    </message>
    <message>
        <source>looping</source>
        <translation>반복 중</translation>
    </message>
    <message>
        <source>not looping</source>
        <translation>반복 안 함</translation>
    </message>
    <message>
        <source>From {start} to {end}, {state}. Arrow keys move the {which}; Up or Down switch.</source>
        <translation>{start}~{end}, {state}. 화살표 키로 {which}을 이동하고, Up 또는 Down 키로 전환합니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Queue</source>
        <translation>대기열(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>기록(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>지출(&amp;S)</translation>
    </message>
    <message>
        <source>Queue and library</source>
        <translation>대기열 및 라이브러리</translation>
    </message>
    <message>
        <source>Iteration thread</source>
        <translation>버전 계보</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New generation</source>
        <translation>새로 생성(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>플레이어(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;History and presets</source>
        <translation>기록 및 프리셋(&amp;H)</translation>
    </message>
    <message>
        <source>Iteration &amp;thread</source>
        <translation>버전 계보(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>결과물(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes and rating…</source>
        <translation>메모 및 평점(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Compare selected…</source>
        <translation>선택 항목 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>선택 항목 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OmniDesk</source>
        <translation>OmniDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <source>Starting the service…</source>
        <translation>서비스 시작 중…</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>데모 모드</translation>
    </message>
    <message>
        <source>APIMart at {host}</source>
        <translation>APIMart({host})</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>준비 완료.</translation>
    </message>
    <message>
        <source>OmniDesk could not start: {message}</source>
        <translation>OmniDesk를 시작할 수 없습니다: {message}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>The form holds that generation&apos;s settings: edit, then submit.</source>
        <translation>양식에 해당 생성의 설정을 불러왔습니다. 편집한 후 제출하세요.</translation>
    </message>
    <message>
        <source>The form holds this video&apos;s settings.</source>
        <translation>양식에 이 동영상의 설정을 불러왔습니다.</translation>
    </message>
    <message>
        <source>The form is ready: edit the prompt if you like, then submit.</source>
        <translation>양식이 준비되었습니다. 필요하면 프롬프트를 편집한 후 제출하세요.</translation>
    </message>
    <message>
        <source>Template loaded: replace the bracketed parts.</source>
        <translation>템플릿을 불러왔습니다. 대괄호 안의 부분을 바꾸세요.</translation>
    </message>
    <message>
        <source>The form holds that version&apos;s settings: edit, then submit.</source>
        <translation>양식에 해당 버전의 설정을 불러왔습니다. 편집한 후 제출하세요.</translation>
    </message>
    <message>
        <source>Play a result or select a task first: its thread is shown here.</source>
        <translation>먼저 결과물을 재생하거나 작업을 선택하세요. 여기에 해당 계보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Select a video in the library first.</source>
        <translation>먼저 라이브러리에서 동영상을 선택하세요.</translation>
    </message>
    <message>
        <source>Select videos in the library first.</source>
        <translation>먼저 라이브러리에서 동영상을 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Library ({count})</source>
        <translation>라이브러리(&amp;L) ({count})</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>the built-in demo simulator</source>
        <translation>내장 데모 시뮬레이터</translation>
    </message>
    <message>
        <source>About OmniDesk</source>
        <translation>OmniDesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OmniDesk {version}&lt;/h3&gt;&lt;p&gt;A desktop studio for APIMart&apos;s Omni-Flash-Ext video model.&lt;/p&gt;&lt;p&gt;Connected to {where}.&lt;/p&gt;&lt;p&gt;Your data: {data}&lt;br&gt;Your videos: {videos}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OmniDesk {version}&lt;/h3&gt;&lt;p&gt;APIMart의 Omni-Flash-Ext 동영상 모델을 위한 데스크톱 스튜디오입니다.&lt;/p&gt;&lt;p&gt;연결 대상: {where}.&lt;/p&gt;&lt;p&gt;데이터: {data}&lt;br&gt;동영상: {videos}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Prompt matrix</source>
        <translation>프롬프트 매트릭스</translation>
    </message>
    <message>
        <source>Every prompt line is combined with every checked setting. Nothing is sent until you press Send; the requests then go out at the pace the service allows.</source>
        <translation>각 프롬프트 줄이 선택한 모든 설정과 조합됩니다. 전송을 누르기 전에는 아무것도 전송되지 않으며, 이후 요청은 서비스가 허용하는 속도로 전송됩니다.</translation>
    </message>
    <message>
        <source>Prompts, one per line</source>
        <translation>프롬프트(한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>한 줄에 프롬프트 하나</translation>
    </message>
    <message>
        <source>&amp;Prompts (one per line):</source>
        <translation>프롬프트(한 줄에 하나씩)(&amp;P):</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 가로</translation>
    </message>
    <message>
        <source>9:16 portrait</source>
        <translation>9:16 세로</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>화면 비율</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>화면 비율</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>How many videos and their cost</source>
        <translation>동영상 수 및 비용</translation>
    </message>
    <message>
        <source>Costs are estimates from a reseller&apos;s price table; the charges reported are the real ones.</source>
        <translation>비용은 리셀러 가격표에 따른 예상치이며, 보고된 청구 금액이 실제 금액입니다.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Cancel: send nothing</source>
        <translation>취소: 아무것도 전송하지 않음</translation>
    </message>
    <message>
        <source>{axis}: {value}</source>
        <translation>{axis}: {value}</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>프롬프트 1개</translation>
    </message>
    <message>
        <source>{n} prompts</source>
        <translation>프롬프트 {n}개</translation>
    </message>
    <message>
        <source>1 aspect</source>
        <translation>화면 비율 1개</translation>
    </message>
    <message>
        <source>{n} aspects</source>
        <translation>화면 비율 {n}개</translation>
    </message>
    <message>
        <source>1 resolution</source>
        <translation>해상도 1개</translation>
    </message>
    <message>
        <source>{n} resolutions</source>
        <translation>해상도 {n}개</translation>
    </message>
    <message>
        <source>1 duration</source>
        <translation>길이 1개</translation>
    </message>
    <message>
        <source>{n} durations</source>
        <translation>길이 {n}개</translation>
    </message>
    <message>
        <source>Matrix: {axes}</source>
        <translation>매트릭스: {axes}</translation>
    </message>
    <message>
        <source>Write at least one prompt line.</source>
        <translation>프롬프트를 한 줄 이상 입력하세요.</translation>
    </message>
    <message>
        <source>Check at least one aspect.</source>
        <translation>화면 비율을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Check at least one resolution.</source>
        <translation>해상도를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Check at least one duration.</source>
        <translation>길이를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>One of these combinations cannot be sent: {reason}</source>
        <translation>이 조합 중 하나를 전송할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>That makes {count} videos: at most {most} go in one batch. Remove some prompt lines or settings.</source>
        <translation>동영상이 {count}개가 됩니다. 한 배치에는 최대 {most}개까지 넣을 수 있습니다. 프롬프트 줄이나 설정을 일부 제거하세요.</translation>
    </message>
    <message>
        <source>Send (nothing to send yet)</source>
        <translation>전송(아직 전송할 항목 없음)</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>동영상 1개</translation>
    </message>
    <message>
        <source>{n} videos</source>
        <translation>동영상 {n}개</translation>
    </message>
    <message>
        <source>{videos} · ≈ ${total} in all (approximate)</source>
        <translation>{videos} · 총 ≈ ${total}(예상)</translation>
    </message>
    <message>
        <source>Send {videos} (≈ ${total})</source>
        <translation>{videos} 전송(≈ ${total})</translation>
    </message>
</context>
<context>
    <name>ModeForm</name>
    <message>
        <source>Wait until the images are checked.</source>
        <translation>이미지 확인이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Add the image first.</source>
        <translation>먼저 이미지를 추가하세요.</translation>
    </message>
    <message>
        <source>Fill every image slot first ({n} empty).</source>
        <translation>먼저 모든 이미지 슬롯을 채우세요({n}개 비어 있음).</translation>
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
        <translation>마지막 프레임을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>This result is already {resolution}, the highest resolution.</source>
        <translation>이 결과물은 이미 최고 해상도인 {resolution}입니다.</translation>
    </message>
    <message>
        <source>Could not promote</source>
        <translation>해상도를 올릴 수 없습니다</translation>
    </message>
    <message>
        <source>Could not flip the aspect</source>
        <translation>화면 비율을 전환할 수 없습니다</translation>
    </message>
    <message>
        <source>Choose 1 to {most} variations.</source>
        <translation>변형을 1~{most}개 선택하세요.</translation>
    </message>
    <message>
        <source>Could not send the variations</source>
        <translation>변형을 전송할 수 없습니다</translation>
    </message>
    <message>
        <source>The service is still starting. Try again in a moment.</source>
        <translation>서비스가 아직 시작 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>The form holds a First frame generation from the last frame: edit the prompt, then submit.</source>
        <translation>양식에 마지막 프레임을 사용하는 첫 프레임 생성을 불러왔습니다. 프롬프트를 편집한 후 제출하세요.</translation>
    </message>
    <message>
        <source>Open the main window to confirm spending past the daily cap.</source>
        <translation>일일 한도를 넘는 지출을 확인하려면 메인 창을 여세요.</translation>
    </message>
    <message>
        <source>Variations ×{count}: {prompt}</source>
        <translation>변형 ×{count}: {prompt}</translation>
    </message>
    <message>
        <source>1 image is no longer on disk: its earlier upload was used.</source>
        <translation>이미지 1개가 더 이상 디스크에 없어 이전에 업로드한 이미지를 사용했습니다.</translation>
    </message>
    <message>
        <source>{count} images are no longer on disk: their earlier upload was used.</source>
        <translation>이미지 {count}개가 더 이상 디스크에 없어 이전에 업로드한 이미지를 사용했습니다.</translation>
    </message>
    <message>
        <source>Promoted to {resolution}: submitted as #{id}.</source>
        <translation>{resolution}로 해상도를 올려 #{id}번으로 제출했습니다.</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>Flipped to {shape} ({aspect}): submitted as #{id}.</source>
        <translation>{shape}({aspect})로 전환해 #{id}번으로 제출했습니다.</translation>
    </message>
    <message>
        <source>1 variation submitted as #{id}.</source>
        <translation>변형 1개를 #{id}번으로 제출했습니다.</translation>
    </message>
    <message>
        <source>{count} variations submitted as one batch.</source>
        <translation>변형 {count}개를 하나의 배치로 제출했습니다.</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Notes and Rating</source>
        <translation>메모 및 평점</translation>
    </message>
    <message>
        <source>Notes and rating</source>
        <translation>메모 및 평점</translation>
    </message>
    <message>
        <source>Prompt of the result</source>
        <translation>결과물의 프롬프트</translation>
    </message>
    <message>
        <source>What worked, what to change next time…</source>
        <translation>잘된 점, 다음에 바꿀 점…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Your notes on this result; the library&apos;s search finds them</source>
        <translation>이 결과물에 대한 메모입니다. 라이브러리 검색으로 찾을 수 있습니다</translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation>저장 문제</translation>
    </message>
    <message>
        <source>Save notes and rating</source>
        <translation>메모 및 평점 저장</translation>
    </message>
    <message>
        <source>Save the notes and the rating (Ctrl+Enter)</source>
        <translation>메모 및 평점 저장(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>평점(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>The library is not open yet. Wait a moment, then save again.</source>
        <translation>라이브러리가 아직 열리지 않았습니다. 잠시 후 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The notes could not be saved: {reason} Your text is still here: try again.</source>
        <translation>메모를 저장할 수 없습니다: {reason} 입력한 텍스트는 그대로 남아 있으니 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <source>{n} seconds</source>
        <translation>{n}초</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Length of the video</source>
        <translation>동영상 길이</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>Resolution: 4k costs about twice as much</source>
        <translation>해상도: 4k는 비용이 약 두 배입니다</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 가로</translation>
    </message>
    <message>
        <source>9:16 portrait</source>
        <translation>9:16 세로</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>화면 비율</translation>
    </message>
    <message>
        <source>Shape of the frame</source>
        <translation>프레임 모양</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>프레임 크기</translation>
    </message>
    <message>
        <source>Approximate cost</source>
        <translation>예상 비용</translation>
    </message>
    <message>
        <source>An estimate from a reseller&apos;s price table: there is no official price list. The charge the finished task reports is the real one.</source>
        <translation>리셀러 가격표에 따른 예상치이며, 공식 가격표는 없습니다. 완료된 작업이 보고하는 청구 금액이 실제 금액입니다.</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>길이(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>화면 비율(&amp;A):</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>비용:</translation>
    </message>
    <message>
        <source>{w} × {h}</source>
        <translation>{w} × {h}</translation>
    </message>
    <message>
        <source>≈ ${cost:.2f} for {count} (approximate)</source>
        <translation>{count}개에 ≈ ${cost:.2f}(예상)</translation>
    </message>
    <message>
        <source>≈ ${cost:.2f} (approximate)</source>
        <translation>≈ ${cost:.2f}(예상)</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Video player</source>
        <translation>동영상 플레이어</translation>
    </message>
    <message>
        <source>OmniDesk video</source>
        <translation>OmniDesk 동영상</translation>
    </message>
    <message>
        <source>Select a video in the Library or the Queue to play it.</source>
        <translation>재생하려면 라이브러리나 대기열에서 동영상을 선택하세요.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>플레이어 메시지</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>동영상의 재생 위치</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>재생(Space)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>이전 프레임</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>이전 프레임(,)</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>다음 프레임</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>다음 프레임(.)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Play in a loop (L)</source>
        <translation>반복 재생(L)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>음소거(M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <source>Fullscreen (F)</source>
        <translation>전체 화면(F)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Copy the whole prompt</source>
        <translation>프롬프트 전체 복사</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>프롬프트 복사</translation>
    </message>
    <message>
        <source>Copy the whole prompt to the clipboard</source>
        <translation>프롬프트 전체를 클립보드에 복사</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <source>Start a new generation with this clip&apos;s prompt and parameters</source>
        <translation>이 클립의 프롬프트와 매개변수로 새로 생성 시작</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>전체 화면 종료</translation>
    </message>
    <message>
        <source>Leave fullscreen (F or Esc)</source>
        <translation>전체 화면 종료(F 또는 Esc)</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지(Space)</translation>
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
        <translation>길이 {seconds} s</translation>
    </message>
    <message>
        <source>Charged ${cost}</source>
        <translation>${cost} 청구됨</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
    <message>
        <source>About ${cost} (estimate)</source>
        <translation>약 ${cost}(예상)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>음소거 해제</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>음소거 해제(M)</translation>
    </message>
</context>
<context>
    <name>PosterCache</name>
    <message>
        <source>unexpected problem ({error})</source>
        <translation>예기치 않은 문제({error})</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Describe the video: the scene, the subject and what it does, the environment, the camera movement, the visual style and the sounds.
e.g. A red fox trots through fresh snow in a birch forest at dawn; slow tracking shot at ground level; soft golden light, film grain; crunching snow, distant crows.</source>
        <translation>동영상을 설명하세요: 장면, 피사체와 그 동작, 주변 환경, 카메라 움직임, 시각 스타일, 소리.
예: 동틀 녘 자작나무 숲, 갓 내린 눈 위를 붉은 여우가 종종걸음으로 지나간다. 지면 높이에서 천천히 따라가는 트래킹 숏, 부드러운 황금빛 조명, 필름 그레인. 눈 밟는 소리, 멀리서 들리는 까마귀 울음소리.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>What the video should show. Ctrl+Enter submits; Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>동영상에 담을 내용입니다. Ctrl+Enter: 제출, Ctrl+Z: 실행 취소, Ctrl+Shift+Z: 다시 실행.</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>프롬프트 길이</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>다시 실행(Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>{n} characters · write a prompt to submit</source>
        <translation>{n}자 · 제출하려면 프롬프트를 입력하세요</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1자</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n}자</translation>
    </message>
</context>
<context>
    <name>PromptHistoryModel</name>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>사용 횟수</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>마지막 사용</translation>
    </message>
    <message>
        <source>Starred: {prompt}</source>
        <translation>별표: {prompt}</translation>
    </message>
    <message>
        <source>Used once, on {last}.</source>
        <translation>{last}에 1회 사용했습니다.</translation>
    </message>
    <message>
        <source>Used {count} times; last on {last}, first on {first}.</source>
        <translation>{count}회 사용했습니다. 마지막 사용: {last}, 처음 사용: {first}.</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>별표</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Batch of {count}</source>
        <translation>배치({count}개)</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>프롬프트 매트릭스</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>{count}개 중 {done}개 완료</translation>
    </message>
    <message>
        <source>{done_text}, {failed} failed</source>
        <translation>{done_text}, {failed}개 실패</translation>
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
        <translation>동영상 1개</translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translation>동영상 {count}개</translation>
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
        <translation>예상 약 ${cost}</translation>
    </message>
    <message>
        <source>charged ${cost} so far</source>
        <translation>현재까지 ${cost} 청구됨</translation>
    </message>
    <message>
        <source>The batch as a whole: {percent}%</source>
        <translation>배치 전체: {percent}%</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>실패: {reason}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>거부됨: {reason}</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기열에 있음</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>추적 안 함</translation>
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
        <translation>다운로드 중 {percent}%</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>기다리는 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>link expired</source>
        <translation>링크 만료됨</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>폴더에서 보기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy task id</source>
        <translation>작업 ID 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>재실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit and re-run…</source>
        <translation>편집 후 재실행(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Stop tracking…</source>
        <translation>추적 중지(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Track again</source>
        <translation>다시 추적(&amp;T)</translation>
    </message>
    <message>
        <source>Retry &amp;download</source>
        <translation>다운로드 재시도(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>목록에서 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Pa&amp;use sending</source>
        <translation>전송 일시 중지(&amp;U)</translation>
    </message>
    <message>
        <source>Co&amp;ntinue from last frame</source>
        <translation>마지막 프레임에서 이어가기(&amp;N)</translation>
    </message>
    <message>
        <source>A First frame generation that starts where this video ends, in the form</source>
        <translation>이 동영상이 끝나는 지점에서 시작하는 첫 프레임 생성을 양식에 불러옵니다</translation>
    </message>
    <message>
        <source>Pr&amp;omote to higher resolution</source>
        <translation>더 높은 해상도로 올리기(&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;lip aspect</source>
        <translation>화면 비율 전환(&amp;L)</translation>
    </message>
    <message>
        <source>{count} variations</source>
        <translation>변형 {count}개</translation>
    </message>
    <message>
        <source>&amp;Variations</source>
        <translation>변형(&amp;V)</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>Hold queued submissions; tasks already sent keep running ({keys})</source>
        <translation>대기열의 제출을 보류합니다. 이미 전송한 작업은 계속 실행됩니다({keys})</translation>
    </message>
    <message>
        <source>Show tasks by status</source>
        <translation>상태별 작업 표시</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>대기열 동작</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Next steps from the selected result</source>
        <translation>선택한 결과물의 다음 단계</translation>
    </message>
    <message>
        <source>Continue from the last frame, promote, flip the aspect or make variations</source>
        <translation>마지막 프레임에서 이어가기, 해상도 올리기, 화면 비율 전환 또는 변형 만들기</translation>
    </message>
    <message>
        <source>Why sending is held</source>
        <translation>전송이 보류된 이유</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>전송 재개</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>마지막 문제</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss the problem</source>
        <translation>문제 닫기</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>제출 목록</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>참조 이미지</translation>
    </message>
    <message>
        <source>processing…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <source>downloading 100%</source>
        <translation>다운로드 중 100%</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>선택한 작업</translation>
    </message>
    <message>
        <source>Paused: queued submissions wait until you resume.</source>
        <translation>일시 중지됨: 재개할 때까지 대기열의 제출이 대기합니다.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>중지됨: {reason}</translation>
    </message>
    <message>
        <source>Could not read the list of tasks: {reason}</source>
        <translation>작업 목록을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Offline, retrying now.</source>
        <translation>오프라인 상태입니다. 지금 다시 시도하는 중입니다.</translation>
    </message>
    <message>
        <source>Offline, retrying in {seconds} s.</source>
        <translation>오프라인 상태입니다. {seconds} s 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>&amp;All ({count})</source>
        <translation>전체(&amp;A) ({count})</translation>
    </message>
    <message>
        <source>A&amp;ctive ({count})</source>
        <translation>진행 중(&amp;C) ({count})</translation>
    </message>
    <message>
        <source>C&amp;ompleted ({count})</source>
        <translation>완료(&amp;O) ({count})</translation>
    </message>
    <message>
        <source>&amp;Failed ({count})</source>
        <translation>실패(&amp;F) ({count})</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>{filter}: {count} tasks</source>
        <translation>{filter}: 작업 {count}개</translation>
    </message>
    <message>
        <source>{filter}, {count}</source>
        <translation>{filter}, {count}</translation>
    </message>
    <message>
        <source>Pr&amp;omote to {resolution}</source>
        <translation>{resolution}로 해상도 올리기(&amp;O)</translation>
    </message>
    <message>
        <source>Select a task to see its details.</source>
        <translation>세부 정보를 보려면 작업을 선택하세요.</translation>
    </message>
    <message>
        <source>{count} tasks selected.</source>
        <translation>작업 {count}개를 선택했습니다.</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message>
        <source>{status} · {percent}% as a whole</source>
        <translation>{status} · 전체 {percent}%</translation>
    </message>
    <message>
        <source>quoted about ${cost}</source>
        <translation>예상 약 ${cost}</translation>
    </message>
    <message>
        <source>charged ${cost} so far</source>
        <translation>현재까지 ${cost} 청구됨</translation>
    </message>
    <message>
        <source>Cost: {costs}</source>
        <translation>비용: {costs}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>아직 전송되지 않음</translation>
    </message>
    <message>
        <source>Task {task} · {mode} · {settings}</source>
        <translation>작업 {task} · {mode} · {settings}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>상태: {status}</translation>
    </message>
    <message>
        <source>Last trouble: {issue}</source>
        <translation>마지막 문제: {issue}</translation>
    </message>
    <message>
        <source>The service&apos;s code: {code}</source>
        <translation>서비스 코드: {code}</translation>
    </message>
    <message>
        <source>Download: {reason}</source>
        <translation>다운로드: {reason}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>파일: {path}</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>미리 보기 없음: {reason}</translation>
    </message>
    <message>
        <source>Made from submission #{parent}</source>
        <translation>제출 #{parent}에서 생성됨</translation>
    </message>
    <message>
        <source>In batch: {label}</source>
        <translation>포함된 배치: {label}</translation>
    </message>
    <message>
        <source>Task actions</source>
        <translation>작업 동작</translation>
    </message>
    <message>
        <source>The service is still starting. Try again in a moment.</source>
        <translation>서비스가 아직 시작 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>The video {path} is no longer there: it was moved or deleted. Look for it in the library.</source>
        <translation>동영상이 {path}에 더 이상 없습니다. 이동되었거나 삭제되었습니다. 라이브러리에서 찾아보세요.</translation>
    </message>
    <message>
        <source>Could not play</source>
        <translation>재생할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not show the folder</source>
        <translation>폴더를 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer there. Check the library folder in the settings.</source>
        <translation>{folder} 폴더가 더 이상 없습니다. 설정에서 라이브러리 폴더를 확인하세요.</translation>
    </message>
    <message>
        <source>Opened the folder of {name}</source>
        <translation>{name}의 폴더를 열었습니다</translation>
    </message>
    <message>
        <source>Could not open the folder {folder}: no file manager answered. Open it by hand.</source>
        <translation>{folder} 폴더를 열 수 없습니다. 응답한 파일 관리자가 없으니 직접 여세요.</translation>
    </message>
    <message>
        <source>Task id copied</source>
        <translation>작업 ID를 복사했습니다</translation>
    </message>
    <message>
        <source>{count} task ids copied</source>
        <translation>작업 ID {count}개를 복사했습니다</translation>
    </message>
    <message>
        <source>Could not submit again</source>
        <translation>다시 제출할 수 없습니다</translation>
    </message>
    <message>
        <source>Submitted again. 1 image is no longer on disk: its earlier upload was used.</source>
        <translation>다시 제출했습니다. 이미지 1개가 더 이상 디스크에 없어 이전에 업로드한 이미지를 사용했습니다.</translation>
    </message>
    <message>
        <source>Submitted again. {count} images are no longer on disk: their earlier upload was used.</source>
        <translation>다시 제출했습니다. 이미지 {count}개가 더 이상 디스크에 없어 이전에 업로드한 이미지를 사용했습니다.</translation>
    </message>
    <message>
        <source>Submitted again</source>
        <translation>다시 제출했습니다</translation>
    </message>
    <message>
        <source>Continue needs the downloaded video: wait for its download, or retry it.</source>
        <translation>이어가려면 다운로드된 동영상이 필요합니다. 다운로드가 끝날 때까지 기다리거나 다운로드를 재시도하세요.</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>추적 중지</translation>
    </message>
    <message>
        <source>Stop checking this task?</source>
        <translation>이 작업의 확인을 중지하시겠습니까?</translation>
    </message>
    <message>
        <source>Stop checking these {count} tasks?</source>
        <translation>작업 {count}개의 확인을 중지하시겠습니까?</translation>
    </message>
    <message>
        <source>The service has no cancel: the task keeps running there, may still finish, and may be charged. OmniDesk only stops checking it. Choose Track again later to pick it up.</source>
        <translation>서비스에는 취소 기능이 없습니다. 작업은 서비스에서 계속 실행되며, 완료되어 비용이 청구될 수도 있습니다. OmniDesk는 확인만 중지합니다. 나중에 다시 이어서 확인하려면 “다시 추적”을 선택하세요.</translation>
    </message>
    <message>
        <source>Stopped tracking. The task may still finish and be charged; choose Track again ({keys}) to pick it up.</source>
        <translation>추적을 중지했습니다. 작업이 완료되어 비용이 청구될 수도 있습니다. 다시 이어서 확인하려면 “다시 추적”({keys})을 선택하세요.</translation>
    </message>
    <message>
        <source>Could not stop tracking</source>
        <translation>추적을 중지할 수 없습니다</translation>
    </message>
    <message>
        <source>Tracking again</source>
        <translation>다시 추적하는 중</translation>
    </message>
    <message>
        <source>Could not track again</source>
        <translation>다시 추적할 수 없습니다</translation>
    </message>
    <message>
        <source>Downloading again</source>
        <translation>다시 다운로드하는 중</translation>
    </message>
    <message>
        <source>Could not retry the download</source>
        <translation>다운로드를 재시도할 수 없습니다</translation>
    </message>
    <message>
        <source>Removed from the list. Its downloaded video stays in the library.</source>
        <translation>목록에서 제거했습니다. 다운로드한 동영상은 라이브러리에 남아 있습니다.</translation>
    </message>
    <message>
        <source>{count} tasks removed from the list. Their videos stay in the library.</source>
        <translation>작업 {count}개를 목록에서 제거했습니다. 동영상은 라이브러리에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Could not remove from the list</source>
        <translation>목록에서 제거할 수 없습니다</translation>
    </message>
    <message>
        <source>Sending paused: queued submissions wait until you resume.</source>
        <translation>전송 일시 중지됨: 재개할 때까지 대기열의 제출이 대기합니다.</translation>
    </message>
    <message>
        <source>Could not pause sending</source>
        <translation>전송을 일시 중지할 수 없습니다</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>전송을 재개했습니다</translation>
    </message>
    <message>
        <source>Could not resume sending</source>
        <translation>전송을 재개할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Left and Right change it, 1 to 5 set it, 0 clears it</source>
        <translation>Left/Right: 변경, 1~5: 설정, 0: 지우기</translation>
    </message>
    <message>
        <source>1 star</source>
        <translation>별 1개</translation>
    </message>
    <message>
        <source>{n} stars</source>
        <translation>별 {n}개</translation>
    </message>
    <message>
        <source>Rate {stars} (click again to clear)</source>
        <translation>{stars}로 평가(다시 클릭하면 지워짐)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <source>{n} of {max}</source>
        <translation>{n}/{max}</translation>
    </message>
    <message>
        <source>Rating: {words}</source>
        <translation>평점: {words}</translation>
    </message>
</context>
<context>
    <name>ReferenceForm</name>
    <message>
        <source>1 image</source>
        <translation>이미지 1개</translation>
    </message>
    <message>
        <source>3 images</source>
        <translation>이미지 3개</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>참조 이미지</translation>
    </message>
    <message>
        <source>The subject, look or composition of these images guides the video (1 or 3).</source>
        <translation>이 이미지의 피사체, 스타일 또는 구도를 기준으로 동영상을 만듭니다(1개 또는 3개).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore settings</source>
        <translation>설정 복원</translation>
    </message>
    <message>
        <source>Replace the form with the settings of “{name}”?</source>
        <translation>양식을 “{name}”의 설정으로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>How the prompt would change</source>
        <translation>프롬프트 변경 내용</translation>
    </message>
    <message>
        <source>The prompt stays the same.</source>
        <translation>프롬프트는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>How the settings would change</source>
        <translation>설정 변경 내용</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>프롬프트:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>설정:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace the form</source>
        <translation>양식 바꾸기</translation>
    </message>
    <message>
        <source>Keep the form as it is</source>
        <translation>양식을 그대로 유지</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Refresh the balance</source>
        <translation>잔액 새로 고침</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>잔액: …</translation>
    </message>
    <message>
        <source>Remaining balance of this key, in the account&apos;s unit</source>
        <translation>이 키의 남은 잔액(계정 단위 기준)</translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation>잔액: 확인 불가</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>데모 시뮬레이터</translation>
    </message>
    <message>
        <source>Results are simulated on this computer; nothing is charged.</source>
        <translation>결과물은 이 컴퓨터에서 시뮬레이션되며 비용이 청구되지 않습니다.</translation>
    </message>
    <message>
        <source>APIMart at {host}</source>
        <translation>APIMart({host})</translation>
    </message>
    <message>
        <source>API key from {source}</source>
        <translation>API 키 출처: {source}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Offline, retrying in {seconds} s</source>
        <translation>오프라인, {seconds} s 후 다시 시도</translation>
    </message>
    <message>
        <source>Offline, retrying…</source>
        <translation>오프라인, 다시 시도하는 중…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>OmniDesk settings</source>
        <translation>OmniDesk 설정</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>설정 섹션</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>서비스(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Library and new videos</source>
        <translation>라이브러리 및 새 동영상(&amp;L)</translation>
    </message>
    <message>
        <source>APIMart API key</source>
        <translation>APIMart API 키</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>저장된 키를 찾는 중…</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>저장된 키</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>여기에 새 키를 붙여넣으세요</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>새 API 키</translation>
    </message>
    <message>
        <source>A new key replaces the stored one when you save it.</source>
        <translation>새 키를 저장하면 저장된 키를 대체합니다.</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>새 키(&amp;N):</translation>
    </message>
    <message>
        <source>Sa&amp;ve key</source>
        <translation>키 저장(&amp;V)</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>키 저장</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>시스템 키체인에 키 보관</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>키 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>키 제거</translation>
    </message>
    <message>
        <source>Forget the stored key (OmniDesk then runs in demo mode)</source>
        <translation>저장된 키를 삭제합니다(이후 OmniDesk는 데모 모드로 실행됨)</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>키 메시지</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>Leave empty for APIMart at {url}, or give a mirror&apos;s address.</source>
        <translation>{url}의 APIMart를 사용하려면 비워 두고, 미러를 사용하려면 해당 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>네트워크 프록시</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>프록시 사용 안 함</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>사용자 지정:</translation>
    </message>
    <message>
        <source>System settings: the proxy your system or environment names. Custom: http(s) or socks5.</source>
        <translation>시스템 설정: 시스템 또는 환경 변수에 지정된 프록시를 사용합니다. 사용자 지정: http(s) 또는 socks5.</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>프록시 주소</translation>
    </message>
    <message>
        <source>http://host:port or socks5://host:port</source>
        <translation>http://host:port 또는 socks5://host:port</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>프록시(&amp;P):</translation>
    </message>
    <message>
        <source>Language of the window and of the service&apos;s messages</source>
        <translation>창과 서비스 메시지의 언어</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>시스템 설정 따르기({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>The service&apos;s messages follow at once; the window, when OmniDesk next starts.</source>
        <translation>서비스 메시지에는 바로 적용되고, 창에는 OmniDesk를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Demo mode: use the built-in simulator even with a key</source>
        <translation>데모 모드: 키가 있어도 내장 시뮬레이터 사용(&amp;D)</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>데모 모드</translation>
    </message>
    <message>
        <source>Nothing is sent to APIMart and nothing is charged.</source>
        <translation>APIMart에 아무것도 전송되지 않으며 비용이 청구되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Ask the service for the balance, with the key typed above or the stored one</source>
        <translation>위에 입력한 키 또는 저장된 키로 서비스에 잔액을 조회합니다</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>연결 테스트 결과</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>라이브러리 폴더</translation>
    </message>
    <message>
        <source>Where finished videos are kept. Leave empty for the default.</source>
        <translation>완성된 동영상이 저장되는 위치입니다. 기본값을 사용하려면 비워 두세요.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>라이브러리 폴더 선택</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Defaults for new videos</source>
        <translation>새 동영상 기본값</translation>
    </message>
    <message>
        <source>Default mode</source>
        <translation>기본 모드</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>텍스트→동영상</translation>
    </message>
    <message>
        <source>First frame (image to video)</source>
        <translation>첫 프레임(이미지→동영상)</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>참조 이미지</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>참조 동영상</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>기본 길이</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>기본 해상도</translation>
    </message>
    <message>
        <source>Default aspect ratio</source>
        <translation>기본 화면 비율</translation>
    </message>
    <message>
        <source>16:9 (landscape)</source>
        <translation>16:9 (가로)</translation>
    </message>
    <message>
        <source>9:16 (portrait)</source>
        <translation>9:16 (세로)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>모드(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>길이(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;esolution:</source>
        <translation>해상도(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Aspect ratio:</source>
        <translation>화면 비율(&amp;A):</translation>
    </message>
    <message>
        <source>When a video is ready</source>
        <translation>동영상이 준비되면</translation>
    </message>
    <message>
        <source>&amp;Play it at once</source>
        <translation>바로 재생(&amp;P)</translation>
    </message>
    <message>
        <source>Play new results at once</source>
        <translation>새 결과물을 바로 재생</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification</source>
        <translation>데스크톱 알림 표시(&amp;N)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>데스크톱 알림</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>Daily spending cap in dollars, approximate (0: no cap)</source>
        <translation>일일 지출 한도(달러, 예상치 기준, 0: 한도 없음)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>한도 없음</translation>
    </message>
    <message>
        <source>Before a submission would take the day&apos;s spending past this amount, OmniDesk asks first. 0 means no cap.</source>
        <translation>제출로 인해 당일 지출이 이 금액을 넘게 되면 OmniDesk가 먼저 확인을 요청합니다. 0은 한도 없음을 의미합니다.</translation>
    </message>
    <message>
        <source>Daily &amp;cap (approximate):</source>
        <translation>일일 한도(예상치 기준)(&amp;C):</translation>
    </message>
    <message>
        <source>Counted from OmniDesk&apos;s price estimates and the charges the service reports, so it may differ a little from your APIMart bill.</source>
        <translation>OmniDesk의 예상 가격과 서비스가 보고한 청구 금액을 기준으로 계산하므로 APIMart 청구 금액과 약간 다를 수 있습니다.</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s address, like http://host:port or socks5://host:port.</source>
        <translation>프록시 주소를 입력하세요(예: http://host:port 또는 socks5://host:port).</translation>
    </message>
    <message>
        <source>The base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The default mode</source>
        <translation>기본 모드</translation>
    </message>
    <message>
        <source>The default duration</source>
        <translation>기본 길이</translation>
    </message>
    <message>
        <source>The default resolution</source>
        <translation>기본 해상도</translation>
    </message>
    <message>
        <source>The default aspect ratio</source>
        <translation>기본 화면 비율</translation>
    </message>
    <message>
        <source>The daily spending cap</source>
        <translation>일일 지출 한도</translation>
    </message>
    <message>
        <source>{field} {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>In use: the key from {variable} ({masked}). It wins over a stored key; unset the variable to use the one kept here.</source>
        <translation>사용 중: {variable}의 키({masked}). 이 키가 저장된 키보다 우선합니다. 여기에 저장된 키를 사용하려면 해당 변수를 해제하세요.</translation>
    </message>
    <message>
        <source>Stored in {where}: {masked}.</source>
        <translation>{where}에 저장됨: {masked}.</translation>
    </message>
    <message>
        <source>No key stored. OmniDesk runs in demo mode with its built-in simulator until you add one.</source>
        <translation>저장된 키가 없습니다. 키를 추가할 때까지 OmniDesk는 내장 시뮬레이터를 사용하는 데모 모드로 실행됩니다.</translation>
    </message>
    <message>
        <source>{variable} is set, so videos go to {path} whatever is chosen here.</source>
        <translation>{variable} 변수가 설정되어 있으므로 여기서 선택한 위치와 관계없이 동영상이 {path}에 저장됩니다.</translation>
    </message>
    <message>
        <source>Could not look for a stored key: {reason}</source>
        <translation>저장된 키를 조회할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>시스템 키체인</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>본인만 읽을 수 있는 파일({path})</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>키 저장 중…</translation>
    </message>
    <message>
        <source>Key saved in {where}.</source>
        <translation>{where}에 키를 저장했습니다.</translation>
    </message>
    <message>
        <source>The key was not saved: {reason}</source>
        <translation>키를 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>시스템 키체인 없음</translation>
    </message>
    <message>
        <source>This computer has no system keychain, so the key cannot be kept there.</source>
        <translation>이 컴퓨터에는 시스템 키체인이 없으므로 키를 키체인에 보관할 수 없습니다.</translation>
    </message>
    <message>
        <source>OmniDesk can keep it in a file only your user account can read:
{path}

Anyone who can use your account or read your backups could read it. Alternatively, do not save it and set the OMNIDESK_API_KEY environment variable.</source>
        <translation>OmniDesk는 현재 사용자 계정만 읽을 수 있는 파일에 키를 보관할 수 있습니다:
{path}

계정을 사용하거나 백업을 읽을 수 있는 사람은 누구나 이 키를 읽을 수 있습니다. 또는 키를 저장하지 않고 OMNIDESK_API_KEY 환경 변수를 설정할 수도 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Keep it in the file</source>
        <translation>파일에 보관(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save it</source>
        <translation>저장 안 함(&amp;D)</translation>
    </message>
    <message>
        <source>The key was not saved. Set OMNIDESK_API_KEY, or save it in the file.</source>
        <translation>키를 저장하지 않았습니다. OMNIDESK_API_KEY를 설정하거나 파일에 저장하세요.</translation>
    </message>
    <message>
        <source>The stored key was removed; the key from {variable} is still in use.</source>
        <translation>저장된 키를 제거했습니다. {variable}의 키는 계속 사용됩니다.</translation>
    </message>
    <message>
        <source>The stored key was removed. OmniDesk will run in demo mode.</source>
        <translation>저장된 키를 제거했습니다. OmniDesk가 데모 모드로 실행됩니다.</translation>
    </message>
    <message>
        <source>The key was not removed: {reason}</source>
        <translation>키를 제거하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Asking {host} for the balance…</source>
        <translation>{host}에 잔액을 조회하는 중…</translation>
    </message>
    <message>
        <source>Balance: unlimited</source>
        <translation>잔액: 무제한</translation>
    </message>
    <message>
        <source>Balance: ${remain} left</source>
        <translation>잔액: ${remain} 남음</translation>
    </message>
    <message>
        <source>(${used} used so far)</source>
        <translation>(현재까지 ${used} 사용)</translation>
    </message>
    <message>
        <source>Connected to the demo simulator (no key is set).</source>
        <translation>데모 시뮬레이터에 연결되었습니다(설정된 키 없음).</translation>
    </message>
    <message>
        <source>Connected: the key works.</source>
        <translation>연결됨: 키가 정상적으로 작동합니다.</translation>
    </message>
    <message>
        <source>There is no key to test and the demo service is not running yet. Paste a key above, or wait for the demo to start and try again.</source>
        <translation>테스트할 키가 없고 데모 서비스가 아직 실행되지 않았습니다. 위에 키를 붙여넣거나, 데모가 시작될 때까지 기다린 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>SpendCheck</name>
    <message>
        <source>The service is still starting, so today&apos;s spending is not known yet.</source>
        <translation>서비스가 아직 시작 중이어서 오늘 지출을 아직 알 수 없습니다.</translation>
    </message>
    <message>
        <source>This would take today&apos;s spending past your daily cap.</source>
        <translation>이 제출로 오늘 지출이 일일 한도를 넘게 됩니다.</translation>
    </message>
    <message>
        <source>Today so far: about {spent}. This submission: about {quote}. Together about {total}, over your {cap} daily cap.

These are estimates; the service&apos;s charges may differ a little.</source>
        <translation>오늘 현재까지: 약 {spent}. 이번 제출: 약 {quote}. 합계: 약 {total}. 일일 한도({cap})를 초과합니다.

모두 예상치이므로 서비스의 실제 청구 금액과 약간 다를 수 있습니다.</translation>
    </message>
    <message>
        <source>OmniDesk could not read today&apos;s spending: {reason}</source>
        <translation>OmniDesk가 오늘 지출을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>This submission costs about {quote}; your daily cap is {cap}. Send it anyway, or cancel and try again in a moment.</source>
        <translation>이번 제출 비용은 약 {quote}이고 일일 한도는 {cap}입니다. 그래도 전송하거나, 취소한 후 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Daily spending cap</source>
        <translation>일일 지출 한도</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>그래도 전송</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Send anyway, past the daily cap</source>
        <translation>일일 한도를 넘더라도 전송</translation>
    </message>
    <message>
        <source>Cancel this submission</source>
        <translation>이번 제출 취소</translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <source>Spending</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>Today&apos;s spending</source>
        <translation>오늘 지출</translation>
    </message>
    <message>
        <source>Today&apos;s spending against the daily cap</source>
        <translation>일일 한도 대비 오늘 지출</translation>
    </message>
    <message>
        <source>Quoted amounts are OmniDesk&apos;s estimates before sending (approximate); charged amounts are what the service reported. “Still running” is the quote of videos not charged yet.</source>
        <translation>예상 금액은 전송 전에 OmniDesk가 계산한 추정치(대략적)이며, 청구 금액은 서비스가 보고한 금액입니다. “진행 중”은 아직 청구되지 않은 동영상의 예상 금액입니다.</translation>
    </message>
    <message>
        <source>Spending message</source>
        <translation>지출 메시지</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Quoted (approx.)</source>
        <translation>예상(대략)</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>청구</translation>
    </message>
    <message>
        <source>Still running (approx.)</source>
        <translation>진행 중(대략)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Spending per day</source>
        <translation>일별 지출</translation>
    </message>
    <message>
        <source>Newest day first; amounts in dollars</source>
        <translation>최신 날짜순, 금액 단위: 달러</translation>
    </message>
    <message>
        <source>Spending per batch</source>
        <translation>배치별 지출</translation>
    </message>
    <message>
        <source>Variations and prompt matrices, newest first; amounts in dollars</source>
        <translation>변형 및 프롬프트 매트릭스, 최신순, 금액 단위: 달러</translation>
    </message>
    <message>
        <source>Per &amp;day</source>
        <translation>일별(&amp;D)</translation>
    </message>
    <message>
        <source>Per &amp;batch</source>
        <translation>배치별(&amp;B)</translation>
    </message>
    <message>
        <source>Daily &amp;cap…</source>
        <translation>일일 한도(&amp;C)…</translation>
    </message>
    <message>
        <source>Set the daily spending cap</source>
        <translation>일일 지출 한도 설정</translation>
    </message>
    <message>
        <source>Set or change the daily spending cap in the settings</source>
        <translation>설정에서 일일 지출 한도를 설정하거나 변경합니다</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the spending</source>
        <translation>지출 새로 고침</translation>
    </message>
    <message>
        <source>Read the spending again (F5)</source>
        <translation>지출 다시 읽기(F5)</translation>
    </message>
    <message>
        <source>Reading the spending…</source>
        <translation>지출 읽는 중…</translation>
    </message>
    <message>
        <source>The spending appears once OmniDesk has opened the service.</source>
        <translation>OmniDesk가 서비스를 열면 지출이 표시됩니다.</translation>
    </message>
    <message>
        <source>Could not read the spending: {reason} Press Refresh to try again.</source>
        <translation>지출을 읽을 수 없습니다: {reason} 다시 시도하려면 새로 고침을 누르세요.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>about {amount}</source>
        <translation>약 {amount}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Batch {id}</source>
        <translation>배치 {id}</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>Prompt matrix</source>
        <translation>프롬프트 매트릭스</translation>
    </message>
    <message>
        <source>Today: {spent}, over your {cap} daily cap.</source>
        <translation>오늘: {spent}, 일일 한도 {cap} 초과.</translation>
    </message>
    <message>
        <source>Today: {spent} of your {cap} daily cap.</source>
        <translation>오늘: 일일 한도 {cap} 중 {spent}.</translation>
    </message>
    <message>
        <source>{percent}% of the cap</source>
        <translation>한도의 {percent}%</translation>
    </message>
    <message>
        <source>Nothing spent today.</source>
        <translation>오늘 지출이 없습니다.</translation>
    </message>
    <message>
        <source>Today: {spent}.</source>
        <translation>오늘: {spent}.</translation>
    </message>
    <message>
        <source>No daily cap is set.</source>
        <translation>일일 한도가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>About {pending} of it is still running.</source>
        <translation>그중 약 {pending}은(는) 아직 진행 중입니다.</translation>
    </message>
</context>
<context>
    <name>TaskNotifier</name>
    <message>
        <source>Video ready</source>
        <translation>동영상 준비 완료</translation>
    </message>
    <message>
        <source>Result link expired</source>
        <translation>결과물 링크 만료됨</translation>
    </message>
    <message>
        <source>{prompt}: generate it again to get the video.</source>
        <translation>{prompt}: 동영상을 받으려면 다시 생성하세요.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>Submission refused</source>
        <translation>제출 거부됨</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>생성 실패</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Structured prompt</source>
        <translation>구조화된 프롬프트</translation>
    </message>
    <message>
        <source>Scene: [where and when]. Subject: [who or what]. Action: [what happens]. Environment: [weather, light, surroundings]. Camera: [shot size and movement]. Style: [look, lens, grade]. Audio: [sounds, music, voices].</source>
        <translation>장면: [장소와 시간]. 피사체: [누구 또는 무엇]. 동작: [무슨 일이 일어나는지]. 환경: [날씨, 빛, 주변]. 카메라: [샷 크기와 움직임]. 스타일: [룩, 렌즈, 색보정]. 오디오: [효과음, 음악, 목소리].</translation>
    </message>
    <message>
        <source>Product shot</source>
        <translation>제품 촬영</translation>
    </message>
    <message>
        <source>A [product] on [surface] in a clean studio; it slowly turns to show [detail]. Soft key light with a gentle rim light; slow orbit around the product at eye level; crisp commercial look, shallow depth of field; subtle ambient music.</source>
        <translation>깔끔한 스튜디오의 [표면] 위에 놓인 [제품]이 천천히 돌며 [디테일]을 보여 줌. 부드러운 키 라이트와 은은한 림 라이트, 눈높이에서 제품 주위를 천천히 도는 카메라, 선명한 광고 룩, 얕은 피사계 심도, 잔잔한 앰비언트 음악.</translation>
    </message>
    <message>
        <source>Nature documentary</source>
        <translation>자연 다큐멘터리</translation>
    </message>
    <message>
        <source>[Animal] [does what] in [habitat] at [time of day]; [weather]. Long lens, slow tracking shot at ground level; natural colours, fine film grain; wind, distant birds, [animal sounds].</source>
        <translation>[시간대]에 [서식지]에서 [동물]이 [무엇을 함], [날씨]. 망원 렌즈, 지면 높이의 느린 트래킹 샷, 자연스러운 색감, 고운 필름 그레인, 바람 소리, 멀리서 들리는 새소리, [동물 소리].</translation>
    </message>
    <message>
        <source>Character moment</source>
        <translation>캐릭터의 순간</translation>
    </message>
    <message>
        <source>Close-up of [character] in [place], [emotion] as [event]. Warm practical lights, rain on the window behind; slow push-in; cinematic, anamorphic, teal and orange grade; muffled city sounds, soft piano.</source>
        <translation>[장소]에 있는 [캐릭터]의 클로즈업, [사건]에 [감정]을 드러냄. 따뜻한 실내 조명, 뒤쪽 창문에 내리는 비, 느린 푸시 인, 영화 같은 아나모픽 룩, 틸 앤 오렌지 색보정, 먹먹한 도시 소리, 부드러운 피아노.</translation>
    </message>
    <message>
        <source>Aerial establishing shot</source>
        <translation>항공 설정 샷</translation>
    </message>
    <message>
        <source>Aerial view over [landscape or city] at [time of day]; [what moves below]. Drone glides forward and slowly tilts down; epic wide shot, golden light, haze; low orchestral swell, wind.</source>
        <translation>[시간대]의 [풍경 또는 도시] 항공 뷰, 아래에서 [움직이는 것]. 드론이 앞으로 미끄러지듯 나아가며 천천히 아래로 틸트, 웅장한 와이드 샷, 황금빛 햇살, 옅은 안개, 낮게 고조되는 오케스트라, 바람 소리.</translation>
    </message>
</context>
<context>
    <name>TextForm</name>
    <message>
        <source>Only the prompt and the settings below are sent: no images.</source>
        <translation>프롬프트와 아래 설정만 전송되며 이미지는 전송되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>VideoForm</name>
    <message>
        <source>https://… public address of the video</source>
        <translation>https://… 동영상의 공개 주소</translation>
    </message>
    <message>
        <source>Reference video URL</source>
        <translation>참조 동영상 URL</translation>
    </message>
    <message>
        <source>Reference video &amp;URL:</source>
        <translation>참조 동영상 URL(&amp;U):</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>이미지 1개</translation>
    </message>
    <message>
        <source>3 images</source>
        <translation>이미지 3개</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Use as f&amp;irst frame</source>
        <translation>첫 프레임으로 사용(&amp;I)</translation>
    </message>
    <message>
        <source>Use the image as the first frame</source>
        <translation>이미지를 첫 프레임으로 사용</translation>
    </message>
    <message>
        <source>Use as r&amp;eference</source>
        <translation>참조로 사용(&amp;E)</translation>
    </message>
    <message>
        <source>Use the image as a reference</source>
        <translation>이미지를 참조로 사용</translation>
    </message>
    <message>
        <source>The motion of this video guides the new one, and it decides the length (no duration is sent). Videos cannot be uploaded: give a public http(s) address.</source>
        <translation>이 동영상의 움직임을 기준으로 새 동영상을 만들며, 길이도 이 동영상에 따라 정해집니다(길이는 전송되지 않음). 동영상은 업로드할 수 없으므로 공개 http(s) 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Images (optional):</source>
        <translation>이미지(선택 사항):</translation>
    </message>
    <message>
        <source>Enter the reference video&apos;s URL first.</source>
        <translation>먼저 참조 동영상의 URL을 입력하세요.</translation>
    </message>
    <message>
        <source>The reference video URL must be an http(s) address.</source>
        <translation>참조 동영상 URL은 http(s) 주소여야 합니다.</translation>
    </message>
    <message>
        <source>Required: the public http(s) address of the motion reference.</source>
        <translation>필수: 움직임을 참조할 동영상의 공개 http(s) 주소.</translation>
    </message>
    <message>
        <source>An http(s) address: the service fetches it when the task is sent.</source>
        <translation>http(s) 주소: 작업을 전송할 때 서비스가 가져옵니다.</translation>
    </message>
    <message>
        <source>Not an http(s) address: it must start with https:// (or http://) and name a host.</source>
        <translation>http(s) 주소가 아닙니다. https://(또는 http://)로 시작하고 호스트 이름을 포함해야 합니다.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>Wipe view</source>
        <translation>와이프 보기</translation>
    </message>
    <message>
        <source>The first clip left of the divider, the second right of it. Move it with the arrow keys.</source>
        <translation>구분선 왼쪽은 첫 번째 클립, 오른쪽은 두 번째 클립입니다. 화살표 키로 구분선을 이동하세요.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Text to video</source>
        <translation>텍스트→동영상</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>첫 프레임</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>참조 이미지</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>참조 동영상</translation>
    </message>
</context>
<context>
    <name>_MessageRow</name>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>대기열 재개</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
</TS>

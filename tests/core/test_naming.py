from omnidesk.naming import short_task_id, slugify, video_file_name


def test_file_name_is_readable_and_unique_per_task() -> None:
    name = video_file_name("A red fox in snow!", "task_01KS1H7ZYSJWH1N779S2FSHTKA", when=0)
    assert name.endswith("_a-red-fox-in-snow_s2fshtka.mp4")
    assert name != video_file_name("A red fox in snow!", "task_01KS1H7ZYSJWH1N779S2FSHTKB", when=0)


def test_hostile_ids_and_prompts_cannot_leave_the_folder() -> None:
    name = video_file_name("../../etc/passwd", "../../../x/y", index=1, when=0)
    assert "/" not in name and "\\" not in name and ".." not in name
    assert name.endswith("-2.mp4")


def test_slug_is_cut_at_a_word_boundary_and_ascii_only() -> None:
    slug = slugify("Café scene, slow dolly-in towards the lighthouse at golden hour", limit=30)
    assert slug == "cafe-scene-slow-dolly-in"
    assert slugify("一只狐狸") == ""
    assert short_task_id("!!!") == "task"

from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def test_window_opens_and_says_demo_mode_without_a_key(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert "OmniDesk" in window.windowTitle()
    assert "simulator" in window.statusBar().currentMessage()

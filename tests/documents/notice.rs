//! The notices about saved data, on the host.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::documents::notice::{Notice, NoticeBoard, Notices};

#[test]
fn notices_show_each_kind_once_even_after_dismissal() {
    let mut board = NoticeBoard::default();
    board.show([Notice::Corrupt, Notice::SaveFailed, Notice::Corrupt]);
    assert_eq!(board.visible, [Notice::Corrupt, Notice::SaveFailed]);
    board.dismiss();
    assert!(board.visible.is_empty());
    board.show([Notice::SaveFailed]);
    assert!(board.visible.is_empty(), "a failing save does not nag");
    board.show([Notice::Newer, Notice::SaveFailed]);
    assert_eq!(board.visible, [Notice::Newer]);
}

#[test]
fn every_notice_says_what_happens_to_the_data() {
    for notice in [Notice::Unavailable, Notice::SaveFailed, Notice::Newer] {
        assert!(
            netstyle::i18n::names::notice(notice).contains("will not be kept"),
            "{notice:?}"
        );
    }
    assert!(netstyle::i18n::names::notice(Notice::Corrupt).contains("not deleted"));
    assert!(netstyle::i18n::names::notice(Notice::QuestionsChanged).contains("were kept"));
}

#[test]
fn a_set_of_notices_holds_each_kind_once_in_order() {
    let mut set = Notices::default();
    assert!(set.is_empty());
    assert!(set.insert(Notice::QuestionsChanged));
    assert!(set.insert(Notice::Unavailable));
    assert!(!set.insert(Notice::QuestionsChanged));
    assert!(set.contains(Notice::Unavailable) && !set.contains(Notice::Corrupt));
    assert_eq!(
        set.iter().collect::<Vec<_>>(),
        [Notice::Unavailable, Notice::QuestionsChanged]
    );
    for notice in Notice::ALL {
        set.insert(notice);
    }
    assert_eq!(set.iter().collect::<Vec<_>>(), Notice::ALL);
}

//! Looking items up in the question bank. The item types live in
//! [`crate::domain::quiz::item`] and the items themselves in
//! [`crate::domain::quiz::questions`], so neither imports the other back.

pub use super::item::{
    Anchors, Count, Item, ItemKind, PracticeOption, Scale, SceneOption, Statement,
};
use super::questions::{ITEMS, RETIRED};

/// The whole bank, in quiz order.
pub fn items() -> &'static [Item] {
    ITEMS
}

/// Looks an item of the current bank up by its stable id.
pub fn item(id: &str) -> Option<&'static Item> {
    items().iter().find(|item| item.id == id)
}

/// Items of earlier releases that the quiz no longer asks. Their ids are
/// never used again.
pub fn retired() -> &'static [Item] {
    RETIRED
}

/// Looks an item up by id among current and retired items, for explaining
/// results made with an earlier bank.
pub fn any_item(id: &str) -> Option<&'static Item> {
    item(id).or_else(|| retired().iter().find(|item| item.id == id))
}

/// How many scenes the bank holds.
pub fn scene_count() -> usize {
    items()
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Scene(_)))
        .count()
}

/// How many practice items the bank holds.
pub fn practice_count() -> usize {
    items()
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Practice(_)))
        .count()
}

//! Sharing: the share panel, the QR code, the result card, and the group
//! link.

pub mod card;
pub mod group;
pub mod panel;
pub mod qr;

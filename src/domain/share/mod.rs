//! Sharing a result: the share code in the link, its QR code, and the
//! layout of the result card.

pub mod card;
pub mod code;
pub mod qr;

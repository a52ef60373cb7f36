//! The QR code of a share link, as a grid of modules: drawn as an SVG path
//! on screen and as rectangles on the result card. Medium error correction
//! keeps the code small enough to read from arm's length while surviving a
//! glare spot or a scratched screen.

use qrcodegen::{QrCode, QrCodeEcc};
use thiserror::Error;

/// Light modules around the code that a scanner needs to find it (the
/// standard asks for four).
pub const QUIET_ZONE: usize = 4;

/// Why a link could not become a QR code.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum QrError {
    #[error("This link is too long for a QR code. Share it as a link instead.")]
    TooLong,
}

/// The modules of one QR code, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    size: usize,
    dark: Vec<bool>,
}

/// A horizontal run of dark modules, in module units with the quiet zone
/// included in the coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub x: usize,
    pub y: usize,
    pub len: usize,
}

impl QrMatrix {
    /// Encodes a link exactly as given.
    pub fn for_link(link: &str) -> Result<QrMatrix, QrError> {
        let code = QrCode::encode_text(link, QrCodeEcc::Medium).map_err(|_| QrError::TooLong)?;
        // qrcodegen's sizes are 21..=177, so the casts cannot lose anything.
        let size = code.size() as usize;
        let dark = (0..size * size)
            .map(|i| code.get_module((i % size) as i32, (i / size) as i32))
            .collect();
        Ok(QrMatrix { size, dark })
    }

    /// Modules per side, without the quiet zone.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Modules per side, with the quiet zone on both sides.
    pub fn size_with_quiet_zone(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// Whether the module at column `x`, row `y` (quiet zone excluded) is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The dark modules merged into horizontal runs, row by row.
    pub fn runs(&self) -> Vec<Run> {
        let mut runs = Vec::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.is_dark(x, y) {
                    x += 1;
                }
                runs.push(Run {
                    x: start + QUIET_ZONE,
                    y: y + QUIET_ZONE,
                    len: x - start,
                });
            }
        }
        runs
    }

    /// One SVG path (`d` attribute) drawing every dark module, for a
    /// `viewBox` of `0 0 n n` with `n` = [`QrMatrix::size_with_quiet_zone`].
    pub fn svg_path(&self) -> String {
        self.runs()
            .iter()
            .map(|r| format!("M{} {}h{}v1h-{}z", r.x, r.y, r.len, r.len))
            .collect()
    }
}

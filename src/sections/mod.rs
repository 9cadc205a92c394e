//! One module per section of the page, plus the page layout, the detail
//! view and the error page.

pub mod about;
pub mod author;
pub mod competences;
pub mod contact;
pub mod detail;
pub mod documents;
pub mod error_page;
pub mod experiences;
pub mod footer;
pub mod hero;
pub mod nav;
pub mod page;
pub mod realisations;
pub mod tableau;
pub mod veille;

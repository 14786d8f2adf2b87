//! The content files, validated and baked in by `build.rs` (databake, from `content/*.toml`) as
//! constant statics, one per language of `Lang::ALL`: the texts live in the binary's data, nothing
//! is built or allocated at run time.

use model::content::Content;
use model::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/baked.rs"));

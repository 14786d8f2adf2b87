//! Short names: wasm-bindgen names every import `__wbg_<method>_<16 hex digits>` under the module
//! `./container-vs-vm_bg.js`, and some exports after the closure types they call
//! (`wasm_bindgen_…___convert__closures_____invoke___…`, ~150 characters). Those names are in the
//! wasm and again in the glue, and the hex digits do not compress. wasm-opt
//! (`--minify-imports-and-exports-and-modules`) renames them to one or two letters and prints the
//! mapping; the glue is rewritten from it: the import object's keys and every `wasm.<export>`.
//! Each rewrite is checked (every import found exactly once as a key, no export left under its
//! old name), so a glue this does not understand is an error, not a broken widget.

use serde::Deserialize;

/// The import module wasm-opt puts every import in.
const MODULE: &str = "a";

/// wasm-opt's mapping: `[module, name, short]` per import, `[name, short]` per export.
#[derive(Deserialize, Debug)]
pub struct Map {
    imports: Vec<(String, String, String)>,
    exports: Vec<(String, String)>,
}

impl Map {
    /// wasm-opt's mapping, as `--minify-imports-and-exports-and-modules` prints it.
    pub fn parse(json: &[u8]) -> Result<Map, String> {
        serde_json::from_slice(json).map_err(|e| format!("wasm-opt's name mapping: {e}"))
    }
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Where `name` stands as a whole word in `js` (not inside a longer name).
fn words<'a>(js: &'a str, name: &'a str) -> impl Iterator<Item = usize> + 'a {
    js.match_indices(name).map(|(i, _)| i).filter(move |&i| {
        let before = js[..i].chars().next_back().is_none_or(|c| !is_ident(c));
        let after = js[i + name.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_ident(c));
        before && after
    })
}

/// Replaces each `(at, len)` span of `js` (sorted, not overlapping) with its text.
fn splice(js: &str, mut edits: Vec<(usize, usize, String)>) -> String {
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(js.len());
    let mut from = 0;
    for (at, len, text) in edits {
        out.push_str(&js[from..at]);
        out.push_str(&text);
        from = at + len;
    }
    out.push_str(&js[from..]);
    out
}

/// The glue `js` (wasm-bindgen's, not yet minified) with the names of `map`.
pub fn rewrite(js: &str, map: &Map) -> Result<String, String> {
    let mut edits = Vec::new();
    // Each module once, wherever its imports stand in the mapping.
    let modules: std::collections::BTreeSet<&str> =
        map.imports.iter().map(|i| i.0.as_str()).collect();
    for module in modules {
        let key = format!("\"{module}\":");
        let found: Vec<usize> = js.match_indices(&key).map(|(i, _)| i).collect();
        let [at] = found[..] else {
            return Err(format!(
                "the glue has {} import objects for {module:?}, not one",
                found.len()
            ));
        };
        edits.push((at, key.len(), format!("\"{MODULE}\":")));
    }
    for (_, name, short) in &map.imports {
        let found: Vec<usize> = words(js, name)
            .filter(|&i| js[i + name.len()..].starts_with(':'))
            .collect();
        let [at] = found[..] else {
            return Err(format!(
                "the glue has {} import keys {name:?}, not one",
                found.len()
            ));
        };
        edits.push((at, name.len(), format!("\"{short}\"")));
    }
    for (name, short) in &map.exports {
        for at in words(js, name).filter(|&i| js[..i].ends_with("wasm.")) {
            edits.push((at, name.len(), short.clone()));
        }
    }
    let out = splice(js, edits);
    // Every export the glue calls now has its short name.
    let shorts: Vec<&str> = map.exports.iter().map(|e| e.1.as_str()).collect();
    for i in words(&out, "wasm").filter(|&i| out[i + 4..].starts_with('.')) {
        let name: String = out[i + 5..].chars().take_while(|&c| is_ident(c)).collect();
        if !shorts.contains(&name.as_str()) {
            return Err(format!(
                "the glue calls wasm.{name}, which the wasm does not export"
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> Map {
        Map {
            imports: vec![
                ("./w_bg.js".into(), "__wbg_item_66d2".into(), "a".into()),
                ("./w_bg.js".into(), "__wbg_item_66d2_x".into(), "b".into()),
            ],
            exports: vec![
                ("memory".into(), "c".into()),
                ("__wbindgen_free".into(), "d".into()),
            ],
        }
    }

    const GLUE: &str =
        "const import0 = { __wbg_item_66d2: function(a) { return wasm.memory.buffer; },
 __wbg_item_66d2_x: function() { wasm.__wbindgen_free(1); const memory = 1; } };
return { \"./w_bg.js\": import0 };";

    #[test]
    fn keys_exports_and_the_module_get_their_short_names() {
        let out = rewrite(GLUE, &map()).unwrap();
        assert_eq!(
            out,
            "const import0 = { \"a\": function(a) { return wasm.c.buffer; },
 \"b\": function() { wasm.d(1); const memory = 1; } };
return { \"a\": import0 };"
        );
    }

    #[test]
    fn a_module_renamed_once_however_its_imports_are_ordered() {
        let mut m = map();
        m.imports
            .insert(1, ("./other.js".into(), "__wbg_other_1".into(), "e".into()));
        let glue = GLUE.replace(
            "return {",
            "const import1 = { __wbg_other_1: 1 };\nreturn { \"./other.js\": import1,",
        );
        let out = rewrite(&glue, &m).unwrap();
        assert_eq!(out.matches("\"a\": import0").count(), 1, "{out}");
        // The import key `a` and the two modules' keys, each written once.
        assert_eq!(out.matches("\"a\":").count(), 3, "{out}");
        assert!(!out.contains("./"), "{out}");
    }

    #[test]
    fn a_glue_that_does_not_match_the_wasm_is_an_error() {
        let missing = GLUE.replace("__wbg_item_66d2_x:", "other:");
        assert!(rewrite(&missing, &map())
            .unwrap_err()
            .contains("__wbg_item_66d2_x"));
        let unknown = GLUE.replace("wasm.__wbindgen_free", "wasm.__wbindgen_malloc");
        assert!(rewrite(&unknown, &map())
            .unwrap_err()
            .contains("__wbindgen_malloc"));
        let two = GLUE.replace("import0 };", "import0, \"./w_bg.js\": 1 };");
        assert!(rewrite(&two, &map()).is_err());
    }
}

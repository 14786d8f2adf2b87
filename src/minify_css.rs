//! A small, conservative CSS minifier for the shipped stylesheet (`build.rs`): it drops comments
//! and the whitespace that never carries meaning, and leaves everything else as written.
//!
//! Kept: quoted strings verbatim; one space wherever whitespace separates words (`a b`,
//! `1rem + 2px`, `and (…)`), including before a colon (`a :hover` is not `a:hover`). Dropped:
//! comments, whitespace around `{ } ; , >` and after `:`, and the last `;` of a block.

/// `css` minified.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut space);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == c {
                        break;
                    }
                }
            }
            '{' | '}' | ';' | ',' | '>' | ':' => {
                if c != ':' {
                    space = false;
                }
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                flush_space(&mut out, &mut space);
                out.push(c);
                space = false;
                // Whitespace after these never matters.
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            c => {
                flush_space(&mut out, &mut space);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the pending space, unless the output is at a start or after a separator.
fn flush_space(out: &mut String, space: &mut bool) {
    if *space && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', '>', ':']) {
        out.push(' ');
    }
    *space = false;
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn drops_comments_and_meaningless_whitespace() {
        let css =
            "/* head */\n.cvm a > b,\n.cvm c {\n  color: red; /* why */\n  margin: 0 auto;\n}\n";
        assert_eq!(minify(css), ".cvm a>b,.cvm c{color:red;margin:0 auto}");
    }

    #[test]
    fn keeps_spaces_that_mean_something() {
        assert_eq!(minify(".a :hover{x:1}"), ".a :hover{x:1}");
        assert_eq!(minify(".a:hover{x:1}"), ".a:hover{x:1}");
        assert_eq!(
            minify(
                "@media (prefers-reduced-motion: reduce) and (min-width: 30rem) { .a { b: c } }"
            ),
            "@media (prefers-reduced-motion:reduce) and (min-width:30rem){.a{b:c}}"
        );
        assert_eq!(
            minify(".a { width: calc(100% - 2 * var(--x, 1rem)); }"),
            ".a{width:calc(100% - 2 * var(--x,1rem))}"
        );
    }

    #[test]
    fn leaves_strings_alone() {
        assert_eq!(
            minify(".a::before { content: \"a ;  { } /* b */\"; }"),
            ".a::before{content:\"a ;  { } /* b */\"}"
        );
        assert_eq!(minify(".a { content: '\\'  x' }"), ".a{content:'\\'  x'}");
    }

    #[test]
    fn the_widget_stylesheet_keeps_every_rule() {
        let css = crate::ssr::WIDGET_CSS;
        let count = |s: &str, c: char| s.chars().filter(|&x| x == c).count();
        // build.rs ships the minified sheet; it must still have every block it was written with.
        let mut source = String::new();
        for entry in std::fs::read_dir("styles").unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().unwrap() != "demo-page.css" {
                source += &std::fs::read_to_string(path).unwrap();
            }
        }
        assert_eq!(count(css, '{'), count(&minify(&source), '{'));
        assert_eq!(count(css, '}'), count(css, '{'));
        assert!(!css.contains("/*") && !css.contains('\n'));
        assert!(
            css.len() * 10 < source.len() * 8,
            "{} of {}",
            css.len(),
            source.len()
        );
    }
}

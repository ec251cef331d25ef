//! Embedding the calculator in another page: the iframe and the listener that sizes it, and the
//! message the embedded view posts with its height.

/// The `type` of the message the embedded view posts to its host: `{type, height}`, height in
/// CSS pixels.
pub const HEIGHT_MESSAGE: &str = "gpu-or-api:height";

/// Height the copied iframe starts at, CSS pixels: the compact view's at 760 px wide, so nothing
/// is cut off before (or without) the resize listener.
pub const EMBED_HEIGHT_PX: u32 = 1080;

/// The iframe for `src` (a scenario link with `embed=1`) and the listener that sizes it to the
/// height the compact view posts, accepted only from `origin` (the calculator's) and only for the
/// iframe that sent it, so that several embeds on one page each keep their own height.
pub fn embed_snippet(src: &str, origin: &str) -> String {
    // The origin goes into a JavaScript string inside the page: quotes and `<` escaped.
    let js_origin = origin.replace('\\', "\\\\").replace('"', "\\\"").replace('<', "\\u003c");
    format!(
        "<iframe src=\"{}\" data-gpu-or-api title=\"GPU or API? cost calculator\" width=\"100%\" height=\"{EMBED_HEIGHT_PX}\" style=\"border:0;max-width:760px\" loading=\"lazy\"></iframe>\n\
         <script>addEventListener(\"message\",function(e){{if(e.origin!==\"{js_origin}\"||!e.data||e.data.type!==\"{HEIGHT_MESSAGE}\")return;\
         document.querySelectorAll(\"iframe[data-gpu-or-api]\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\"}})}})</script>",
        crate::display::html_escaped(src)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_escapes_the_link_and_the_origin_and_checks_both() {
        let snippet = embed_snippet("https://x.test/?v=1&o=api;A\"<b>;in:1&embed=1", "https://x.test\"<");
        assert!(snippet.contains("src=\"https://x.test/?v=1&amp;o=api;A&quot;&lt;b&gt;;in:1&amp;embed=1\""), "{snippet}");
        assert!(snippet.contains("e.origin!==\"https://x.test\\\"\\u003c\""), "{snippet}");
        assert!(snippet.contains(&format!("e.data.type!==\"{HEIGHT_MESSAGE}\"")));
        assert!(snippet.contains(&format!("height=\"{EMBED_HEIGHT_PX}\"")));
        assert_eq!(snippet.matches("<script>").count(), 1, "the link cannot open a script");
    }
}

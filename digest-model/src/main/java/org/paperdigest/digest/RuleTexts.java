package org.paperdigest.digest;

/**
 * What each rule reports, in words and by example, kept apart from the catalogue's contract (ids,
 * names, severities). A switch with no default: a rule without its text does not compile.
 */
record RuleTexts(String description, String example) {

  static RuleTexts of(Rule rule) {
    return switch (rule) {
      case DG000 ->
          new RuleTexts(
              "The file could not be read or decoded as UTF-8, or is not a regular text file.",
              "### [Café au lait: a study](https://arxiv.org/abs/2401.02957)");
      case DG001 ->
          new RuleTexts(
              "No '## Daily Papers (YYYY-MM-DD)' header before the first entry.",
              "# Daily Papers (2024-01-08)");
      case DG002 ->
          new RuleTexts(
              "The header's date is not a real YYYY-MM-DD date.", "## Daily Papers (2024-02-30)");
      case DG003 ->
          new RuleTexts(
              "The first header's date differs from the date in the file's path (YYYY/MM/DD.md or"
                  + " YYYY-MM-DD.md).",
              "## Daily Papers (2024-01-09)");
      case DG004 ->
          new RuleTexts(
              "The file holds more than one digest header (the bot appended a second run).",
              "## Daily Papers (2024-01-08)\n\n## Daily Papers (2024-01-08)");
      case DG005 ->
          new RuleTexts(
              "A digest header with no entry under it.",
              "## Daily Papers (2024-01-08)\n\n## Daily Papers (2024-01-08)");
      case DG006 ->
          new RuleTexts(
              "A block between the header and the first entry, or inside an entry, that is none"
                  + " of the parts of an entry.",
              "Vote: 12\n\n> a quote between the votes and the authors\n\nAuthors: Ada Lovelace, Alan Turing");
      case DG007 ->
          new RuleTexts(
              "A suppression comment, or one rule it names, that suppressed no finding: remove it"
                  + " so suppressions do not outlive the problems they hid. Rules that did not"
                  + " run (turned off, or online rules in an offline check) are not reported.",
              "<!-- digest-disable-next-entry DG105 -->\n### [Denoising Vision Transformers](https://arxiv.org/abs/2401.02957)");
      case DG008 ->
          new RuleTexts(
              "A suppression comment that cannot work: an unknown directive or rule, no rule"
                  + " named, a digest-enable without a digest-disable, a"
                  + " digest-disable-next-entry with no entry after it, or a rule that cannot be"
                  + " suppressed (DG000, DG007, DG008).",
              "<!-- digest-disabel DG110 -->\nAuthors: Liang Wang, Liang Wang, Nan Yang");
      case DG101 ->
          new RuleTexts(
              "The level-3 heading is not exactly one link with a non-blank text.",
              "### Denoising Vision Transformers");
      case DG102 ->
          new RuleTexts(
              "The title's link is not an accepted paper URL (by default"
                  + " https://arxiv.org/abs/<id> with a valid arXiv id).",
              "### [Title](https://arxiv.org/abs/2413.00001)");
      case DG103 ->
          new RuleTexts(
              "The entry has no image and no video.",
              "### [Denoising Vision Transformers](https://arxiv.org/abs/2401.02957)\n\nVote: 12");
      case DG104 ->
          new RuleTexts(
              "A video link and its <video src> name different files, or a paper thumbnail names"
                  + " another paper's id.",
              "[Watch Video](https://host/a.mp4)\n<div><video controls src=\"https://host/b.mp4\" muted=\"false\"></video></div>");
      case DG105 -> new RuleTexts("No 'Vote:' line, or 'Vote: -'.", "Vote: -");
      case DG106 ->
          new RuleTexts(
              "A 'Vote:' value that is neither a non-negative integer nor '-'.", "Vote: twelve");
      case DG107 ->
          new RuleTexts(
              "This entry has more votes than the entry before it in the same section.",
              "## Daily Papers (2024-01-08)\n\n### [Denoising Vision Transformers](https://arxiv.org/abs/2401.02957)\n\n![](https://cdn-uploads.huggingface.co/production/uploads/abc/thumb.png)\n\nVote: 10\n\nAuthors: Ada Lovelace, Alan Turing\n\n- What the paper does.\n\n### [DeepSeek LLM](https://arxiv.org/abs/2401.02960)\n\n![](https://cdn-uploads.huggingface.co/production/uploads/abc/second.png)\n\nVote: 20\n\nAuthors: Grace Hopper\n\n- What the second paper does.");
      case DG108 -> new RuleTexts("No 'Authors:' line, or one with no name.", "Authors:");
      case DG109 ->
          new RuleTexts(
              "An empty item in the author list.", "Authors: Ada Lovelace, , Alan Turing");
      case DG110 ->
          new RuleTexts(
              "A name occurs more than once in the entry's author list (after NFC normalisation"
                  + " and whitespace folding); checked online, a name that arXiv's record of the"
                  + " paper lists as many times is that many people, not a repeat. Fixable.",
              "Authors: Liang Wang, Liang Wang, Nan Yang");
      case DG111 ->
          new RuleTexts(
              "The author list holds the '+' marker: it was cut. A '+' that is not last is a"
                  + " warning, unless DG111's severity is set.",
              "Authors: Ada Lovelace, +, Alan Turing");
      case DG112 ->
          new RuleTexts(
              "No summary list after the authors, or a list item with no text.",
              "Authors: Ada Lovelace, Alan Turing\n\n-");
      case DG113 ->
          new RuleTexts(
              "The same paper (arXiv id without version) occurs again, in this file or another"
                  + " checked file; reported on the later occurrence.",
              "### [DeepSeek LLM](https://arxiv.org/abs/2401.02954)");
      case DG114 ->
          new RuleTexts(
              "A line whose text holds a control character (U+0000-U+001F other than leading"
                  + " indentation and line ends, U+007F), U+FFFD, or an invisible format"
                  + " character: zero-width spaces and joiners (U+200B-U+200F), bidirectional"
                  + " controls (U+202A-U+202E, U+2066-U+2069), invisible operators"
                  + " (U+2060-U+2064), or a byte order mark after the file's start.",
              "- The score is a\u2062b.");
      case DG115 ->
          new RuleTexts(
              "Two names in one list that differ only in case, diacritics, spacing or punctuation"
                  + " (punctuation is dropped, not read as a space).",
              "Authors: Michael Kölle, Michael Kolle, Anna Gu-Lemberg, Anna GuLemberg");
      case DG116 ->
          new RuleTexts(
              "The entry's title differs from the paper's title on arXiv (compared after"
                  + " normalising whitespace, case and LaTeX/Markdown markup). Online checking"
                  + " only.",
              "### [Attention Is All You Ned](https://arxiv.org/abs/1706.03762)");
      case DG117 ->
          new RuleTexts(
              "The Authors: value is written as code, not as a list of names: wrapped in [...],"
                  + " items in quotes, or an item that starts with 'and '. The names inside are"
                  + " what DG108-DG115 check. Fixable.",
              "Authors: ['Ada Lovelace', 'Alan Turing', 'and Grace Hopper']");
      case DG118 ->
          new RuleTexts(
              "The entry's image is a user's avatar, not the paper's thumbnail: its path holds"
                  + " /avatars/ or its host is cdn-avatars.huggingface.co. A site-relative avatar"
                  + " path the repository does not have is this one finding, not DG206 as well.",
              "![](/avatars/0f3c5d1e2b7a9c4d8e6f1a2b3c4d5e6f.svg)");
      case DG119 ->
          new RuleTexts(
              "An image whose URL names a video file (.mp4, .webm, .mov, .qt, .m4v, .ogv, .mkv,"
                  + " .avi): it renders as a broken image.",
              "![](https://cdn-uploads.huggingface.co/production/uploads/abc/clip.qt)");
      case DG120 ->
          new RuleTexts(
              "In a title or summary item, outside code spans, text that Markdown reads as raw"
                  + " HTML (a tag such as <think>, </s>, <EOS>), which GitHub does not show. A"
                  + " formatting tag counts as markup only where it is written as markup is: a"
                  + " void element such as <br>, or lower case with its partner on the line."
                  + " Fixable: the '<' is escaped.",
              "- The model reasons inside <think> tags before it answers.");
      case DG121 ->
          new RuleTexts(
              "The entry's author list differs from the authors of arXiv's record of the paper: a"
                  + " name arXiv lists that the entry lacks, a name arXiv does not list, or a name"
                  + " spelled differently (the same after folding case, diacritics, hyphens, dots"
                  + " and spaces). A list cut with '+' must hold arXiv's first names. Online"
                  + " checking only; fixable online.",
              "Authors: Ada Lovelace, Jurgen Schmidhuber, John Doe");
      case DG122 ->
          new RuleTexts(
              "The entry lists exactly the authors of arXiv's record of the paper, in another"
                  + " order (a digest bot that built the list from a set writes them so). Online"
                  + " checking only; fixable online.",
              "Authors: Diyi Yang, Tatsunori Hashimoto, Chenglei Si");
      case DG201 ->
          new RuleTexts(
              "A link that is not a valid absolute http/https URL, nor a relative path; the"
                  + " message names the offending character and its column.",
              "- Code: [code](https://example.org/a|b)");
      case DG202 ->
          new RuleTexts(
              "A bare URL that GitHub's autolinker runs on into the text after it: Korean text"
                  + " right after the host, a closing bracket or quote, or a Korean particle"
                  + " after the path. The URL meant ends before a LaTeX leftover such as"
                  + " {Youtube}. Fixable: the URL is wrapped as <URL>.",
              "- 코드는 https://github.com/org/repo에서 공개됩니다.\n- 프로젝트 페이지(https://project.github.io)에서 데모를 제공합니다.");
      case DG203 ->
          new RuleTexts(
              "The target answered with a status that is not accepted, its host does not resolve,"
                  + " or the connection was refused; an arXiv id the arXiv API does not know."
                  + " Online checking only.",
              "- Code: https://github.com/org/deleted-repo");
      case DG204 ->
          new RuleTexts(
              "The check could not decide: a timeout, a reset connection or 408, 425, 429, 502,"
                  + " 503 or 504 still after the retries, a bot wall (a Cloudflare challenge,"
                  + " LinkedIn's 999, DataDome, AWS WAF), a TLS failure, no network. Never"
                  + " reported as broken.",
              "- Demo: https://example.org/slow");
      case DG205 ->
          new RuleTexts(
              "A permanent redirect (301/308): the link should point to the new address.",
              "- Code: https://github.com/org/old-name");
      case DG206 ->
          new RuleTexts(
              "A relative link or image whose file does not exist inside the repository (links"
                  + " that climb out of it are errors too, and are never read).",
              "![](images/missing.png)");
      case DG207 -> new RuleTexts("An http:// link.", "- Code: http://github.com/org/repo");
      case DG208 ->
          new RuleTexts(
              "The target resolves to a private, loopback or link-local address and was not"
                  + " requested (allow-listed hosts excepted).",
              "- Demo: https://localhost:8080/demo");
      case DG209 ->
          new RuleTexts(
              "A Markdown link that lost its parentheses: [text] followed directly by a URL,"
                  + " which renders as bracketed text and a bare URL. A [Watch Video] one still"
                  + " counts as the entry's video. Fixable.",
              "[Watch Video]https://cdn-uploads.huggingface.co/production/uploads/abc/v.mp4");
    };
  }
}

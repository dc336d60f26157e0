// Each file is fixed byte for byte as expected/ says, whatever its line ends, and the second run is
// a no-op.
def log = new File(basedir, 'build.log').text
// Per file: DG110 and DG109 on the first author line; DG117 and DG110 on the second; three DG202,
// three DG120 and two DG209.
assert log.contains('Fixed 36 problem(s) in 3 of 3 file(s)')
assert log.contains('Fixed 0 problem(s) in 0 of 3 file(s)')
[
    '[INFO] paper_logs/2024/01/08.md:9:1: fixed DG110 duplicate-author: dropped repeated Ada Lovelace',
    '[INFO] paper_logs/2024/01/08.md:9:1: fixed DG109 empty-author: dropped 1 empty item',
    '[INFO] paper_logs/2024/01/08.md:11:36: fixed DG202 url-glued-to-text: wrapped https://github.com/org/repo as <https://github.com/org/repo>',
    '[INFO] paper_logs/2024/01/08.md:11:72: fixed DG202 url-glued-to-text: wrapped https://project.github.io as <https://project.github.io>',
    '[INFO] paper_logs/2024/01/08.md:15:1: fixed DG209 link-missing-parentheses: wrote [Watch Video](https://cdn-uploads.huggingface.co/production/uploads/abc/v.mp4) with its parentheses',
    "[INFO] paper_logs/2024/01/08.md:20:10: fixed DG117 author-list-syntax: wrote the author list as names separated by commas",
    '[INFO] paper_logs/2024/01/08.md:22:9: fixed DG120 html-in-text: escaped <think>',
].each { assert log.contains(it) : "missing: ${it}" }
// What remains is DG113: the three files feature the same two papers.
assert (log =~ /Checked 3 files \(6 entries\): 4 errors, 0 warnings, 0 infos/).count == 2
['08', '09', '10'].each {
    def actual = new File(basedir, "paper_logs/2024/01/${it}.md").bytes
    def expected = new File(basedir, "expected/2024/01/${it}.md").bytes
    assert actual == expected : "${it}.md: ${new String(actual, 'UTF-8').inspect()}"
}
return true

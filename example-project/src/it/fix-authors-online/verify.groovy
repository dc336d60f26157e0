// Online, arXiv's authors are written once, byte for byte as expected/ says (LF, and CRLF with a
// byte order mark), two people of one name are kept, and the second run asks arXiv nothing; the
// offline fix of offline/ wraps a glued URL and leaves the author order alone.
def server = System.properties.get('fix-authors-online.server')
def requests = System.properties.get('fix-authors-online.requests').get()
server.stop(0)
def log = new File(basedir, 'build.log').text
[
    '[INFO] paper_logs/2024/01/08.md:9:1: fixed DG122 author-order: put the authors in arXiv\'s order',
    '[INFO] paper_logs/2024/01/08.md:29:1: fixed DG121 author-mismatch: wrote the authors as arXiv lists them (missing Grace Hopper; John Doe is not an author on arXiv; "Jurgen Schmidhuber" is "Jürgen Schmidhuber" on arXiv)',
    '[INFO] paper_logs/2024/01/09.md:9:10: fixed DG117 author-list-syntax: wrote the author list as names separated by commas',
    '[INFO] paper_logs/2024/01/09.md:9:1: fixed DG122 author-order: put the authors in arXiv\'s order',
    '[INFO] Asked arXiv about 4 paper(s) (0 from the cache, 1 arXiv API request(s)): 4 known',
    'Fixed 4 problem(s) in 2 of 2 file(s)',
    '[INFO] Asked arXiv about 4 paper(s) (4 from the cache, 0 arXiv API request(s)): 4 known',
    'Fixed 0 problem(s) in 0 of 2 file(s)',
    '[INFO] paper_logs/2024/01/10.md:11:36: fixed DG202 url-glued-to-text: wrapped https://github.com/org/repo as <https://github.com/org/repo>',
    'Fixed 1 problem(s) in 1 of 1 file(s)',
].each { assert log.contains(it) : "missing: ${it}" }
assert (log =~ /What remains \(links checked offline, authors against arXiv's records\):/).count == 2
assert (log =~ /Checked 2 files \(4 entries\): 0 errors, 0 warnings, 1 info/).count == 2
assert !log.contains('DG110') : 'two people of one name are not a repeat'
assert requests == 1 : "${requests} requests to the arXiv stand-in"
['08', '09'].each {
    def actual = new File(basedir, "paper_logs/2024/01/${it}.md").bytes
    def expected = new File(basedir, "expected/paper_logs/2024/01/${it}.md").bytes
    assert actual == expected : "${it}.md: ${new String(actual, 'UTF-8').inspect()}"
}
assert new File(basedir, 'offline/paper_logs/2024/01/10.md').bytes == new File(basedir, 'expected/offline/10.md').bytes
return true

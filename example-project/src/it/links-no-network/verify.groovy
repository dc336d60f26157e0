def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Checking 3 distinct link(s) online (2 URL(s), 1 arXiv paper(s) through the arXiv API) from 4 occurrence(s); 0 from the cache')
assert log.contains('[WARNING] No host could be reached (3 host(s) tried, none resolved or answered): this machine seems to have no network. Links are reported as unverified (DG204), not as broken.')
assert log.contains('[WARNING] paper_logs/2024/01/08.md:3:18: warning DG204 unverified-link: https://arxiv.org/abs/2401.02954 was not checked: no network')
assert log.contains('[WARNING] paper_logs/2024/01/08.md:5:5: warning DG204 unverified-link: https://thumbnails.invalid/abc/thumb.png was not checked: no network (no host resolved)')
assert log.contains('[WARNING] paper_logs/2024/01/08.md:11:29: warning DG204 unverified-link: https://code.invalid/org/repo was not checked: no network (no host resolved)')
assert log.contains('[WARNING] paper_logs/2024/01/08.md:12:39: warning DG204 unverified-link: https://code.invalid/org/repo#readme was not checked: no network (no host resolved)')
assert log.contains('Checked 1 file (1 entry): 0 errors, 4 warnings, 0 infos')
assert !log.contains('DG203')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.json'))
assert json.findings.collect { it.ruleId } == ['DG204', 'DG204', 'DG204', 'DG204']
// Nothing undecided is cached.
def cache = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-link-cache.json'))
assert cache.format == 'digest-link-cache'
assert cache.links.isEmpty() && cache.arxiv.isEmpty()
return true

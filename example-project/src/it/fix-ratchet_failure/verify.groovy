// Only the new digest is fixed and checked; its unfixable DG106 fails the build; the committed one
// is untouched, and nothing but target/ (which keeps itself out of git) is written.
def log = new File(basedir, 'build.log').text
[
    '[INFO] Checking only files changed since HEAD (2 changed file(s) in', // the new digest and the invoker's build.log
    '[INFO] paper_logs/2024/01/09.md:9:1: fixed DG110 duplicate-author: dropped repeated Alan Turing',
    '[INFO] paper_logs/2024/01/09.md:11:36: fixed DG202 url-glued-to-text: wrapped https://github.com/org/repo as <https://github.com/org/repo>',
    'Fixed 2 problem(s) in 1 of 1 file(s)',
    '[ERROR] paper_logs/2024/01/09.md:7:7: error DG106 invalid-votes',
    'Checked 1 file (1 entry): 1 error, 0 warnings, 0 infos',
    '1 digest finding(s) at or above error',
].each { assert log.contains(it) : "missing: ${it}" }
assert !log.contains('paper_logs/2024/01/08.md:') : 'the committed digest is neither fixed nor reported'
assert !log.contains('LICENSE.md') && !log.contains('CONTRIBUTING.md')
assert new File(basedir, 'paper_logs/2024/01/09.md').getText('UTF-8').contains('Authors: Alan Turing\n')
assert new File(basedir, 'paper_logs/2024/01/08.md').getText('UTF-8').contains('Authors: Ada Lovelace, Ada Lovelace\n')
// The invoker's build.log was committed by setup.groovy along with the repository.
def status = ['git', 'status', '--porcelain', '--untracked-files=all'].execute(null, basedir).text.readLines()
assert status.findAll { !it.endsWith('build.log') } == ['?? paper_logs/2024/01/09.md'] : "git status: ${status}"
return true

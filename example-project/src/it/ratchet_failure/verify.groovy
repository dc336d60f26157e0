// Only the new file is checked and gated; its duplicate of an old paper is still found.
def log = new File(basedir, 'build.log').text
assert log.contains('Checking only files changed since main')
assert log.contains('[ERROR] paper_logs/2024/03/05.md:9:37: error DG110 duplicate-author: repeated author name: Ada Lovelace (2x)')
assert log.contains('[ERROR] paper_logs/2024/03/05.md:13:26: error DG113 duplicate-paper: paper 2401.00368 already appears at paper_logs/2024/01/02.md:3')
assert !(log =~ /\] paper_logs\/2024\/(01|03\/01)/) // the committed files are not reported
assert log.contains('Checked 1 file (2 entries): 2 errors, 0 warnings, 0 infos')
assert log.contains('2 digest finding(s) at or above error')
return true

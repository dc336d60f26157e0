// No pom.xml: the goal checks the current directory and writes target/ there; with
// -Ddigest.directory=paper_logs it checks that folder, and still writes target/ of the current
// directory, never inside the checked folder.
def log = new File(basedir, 'build.log').text
assert log.contains('standalone-pom')
assert log.contains('[WARNING] paper_logs/2024/01/08.md:14:1: warning DG103 missing-media: the entry has no image and no video')
assert log.contains('[WARNING] 2024/01/08.md:14:1: warning DG103 missing-media: the entry has no image and no video')
assert log.count('Checked 1 file (2 entries): 0 errors, 1 warning, 0 infos') == 2
assert new File(basedir, 'target/digest-reports/digest.sarif').isFile()
assert new File(basedir, 'target/digest-reports/digest.json').isFile()
assert new File(basedir, 'target/digest-cache').exists()
assert !new File(basedir, 'paper_logs/target').exists()
return true

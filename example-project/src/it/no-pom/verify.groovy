// No pom.xml: the goal checks the current directory and writes target/digest-reports there.
def log = new File(basedir, 'build.log').text
assert log.contains('standalone-pom')
assert log.contains('[WARNING] paper_logs/2024/01/08.md:14:1: warning DG103 missing-media: the entry has no image and no video')
assert log.contains('Checked 1 file (2 entries): 0 errors, 1 warning, 0 infos')
assert new File(basedir, 'target/digest-reports/digest.sarif').isFile()
return true

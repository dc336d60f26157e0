def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] paper_logs/2024/01/08.md:3:1: warning DG103 missing-media: the entry has no image and no video')
assert log.contains('1 digest finding(s) at or above warning (at most 0 allowed)')
assert log.contains('BUILD FAILURE')
return true

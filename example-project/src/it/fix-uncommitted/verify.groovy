def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] paper_logs/2024/01/08.md: not fixed, git does not hold it as it is (commit it first, or pass -Ddigest.allowUncommitted=true)')
assert log.contains('Fixed 12 problem(s) in 2 of 4 file(s); 1 file(s) left alone')
assert new File(basedir, 'paper_logs/2024/01/08.md').bytes == new File(basedir, 'edited-before-fix.md.bak').bytes
assert new File(basedir, 'paper_logs/2024/01/02.md').bytes == new File(basedir, '../fix-seeds/expected/paper_logs/2024/01/02.md').bytes
return true

def log = new File(basedir, 'build.log').text
assert log.contains('22 finding(s) in 4 of 4 file(s) accepted')
assert log.contains('[ERROR] paper_logs/2024/03/05.md:9:37: error DG110 duplicate-author: repeated author name: Ada Lovelace (2x)')
assert (log =~ /\[ERROR\] paper_logs\//).count == 1
// Swapping two entries really is new: their votes are now out of order (a warning, not gated).
assert log.contains('[WARNING] paper_logs/2024/01/02.md:25:7: warning DG107 votes-order: 20 votes, more than the 12 of the entry before it (line 9)')
assert (log =~ /\[WARNING\] paper_logs\//).count == 1
assert log.contains('Checked 5 files (36 entries): 1 error, 1 warning, 0 infos; 21 more findings accepted by the baseline')
assert log.contains('The baseline holds 1 finding(s) that are fixed now; run digest:baseline to drop them')
assert log.contains('1 new digest finding(s) at or above error (at most 0 allowed)')
// the moved entries really moved
def moved = new File(basedir, 'after/paper_logs/2024/01/02.md').text
assert moved.indexOf('2401.00448') < moved.indexOf('2401.00368') || moved.indexOf('2401.00788') < moved.indexOf('2401.00368')
return true

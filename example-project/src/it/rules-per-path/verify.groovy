// DG110 is off under paper_logs/2024/01/ but on again, as an error, for 17.md; DG111 is off under
// paper_logs/2024/03/. The baseline of the first run holds all 22 seed findings: the 11 still
// reported are accepted, and the 11 that are off for their paths are not taken for fixed.
def log = new File(basedir, 'build.log').text
assert log.contains('digest-baseline.json: 22 finding(s) in 4 of 4 file(s) accepted')
assert log =~ /\[INFO\] paper_logs\/2024\/01\/17\.md:9:30: error DG110 duplicate-author: repeated author names: Alaaeldin El-Nouby \(3x\).* \[baselined\]/
assert log.contains("[INFO] paper_logs/2024/01/02.md:71:271: info DG111 truncated-authors: the author list was cut ('+') [baselined]")
assert (log =~ /\[baselined\]/).count == 11
assert !(log =~ /paper_logs\/2024\/01\/0[28]\.md:\d+:\d+: \w+ DG110/)
assert !log.contains('paper_logs/2024/03/01.md:9:256')
assert log.contains('Checked 4 files (35 entries): 0 errors, 0 warnings, 0 infos; 11 more findings accepted by the baseline')
assert !log.contains('fixed now')
return true

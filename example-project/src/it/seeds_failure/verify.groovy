// The four real digests: 19 repeated author lists, three cut lists (one '+' mid-list).
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] paper_logs/2024/01/02.md:9:22: error DG110 duplicate-author: repeated author name: Liang Wang (2x)')
assert log.contains('[WARNING] paper_logs/2024/03/01.md:9:256: warning DG111 truncated-authors: the author list was cut (\'+\'), and the \'+\' stands at item 18 of 23, not last')
assert log.contains('Checked 4 files (35 entries): 19 errors, 1 warning, 2 infos')
assert log.contains('19 digest finding(s) at or above error (at most 0 allowed)')
assert (log =~ /error DG110 duplicate-author/).count == 19
assert (log =~ /DG111 truncated-authors/).count == 3

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.json'))
assert json.totals.files == 4
assert json.totals.entries == 35
assert json.totals.byRule == [DG110: 19, DG111: 3]
assert json.totals.baselined == 0
assert json.totals.suppressed == 0
assert json.findings[0].subMap(['ruleId', 'ruleName', 'severity', 'path', 'line', 'column', 'message', 'baselined']) ==
    [ruleId: 'DG110', ruleName: 'duplicate-author', severity: 'error', path: 'paper_logs/2024/01/02.md',
     line: 9, column: 22, message: 'repeated author name: Liang Wang (2x)', baselined: false]
assert json.findings[0].fingerprint ==~ /[0-9a-f]{32}/
assert json.findings*.fingerprint.toSet().size() == json.findings.size()

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.results.size() == 22
assert run.results.count { it.level == 'note' } == 2
def first = run.results[0]
assert first.ruleId == 'DG110'
assert run.tool.driver.rules[first.ruleIndex].id == 'DG110'
assert first.locations[0].physicalLocation.region == [startLine: 9, startColumn: 22]
assert first.partialFingerprints['digestFinding/v1'] == json.findings[0].fingerprint
assert first.baselineState == null
return true

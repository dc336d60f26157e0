// `mvn digest:report` on its own writes the page as the self-contained HTML report.
def page = new File(basedir, 'target/site/digest-report.html')
assert page.isFile()
def html = page.text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';')
assert html.contains('<title>Digest report</title>')
evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
def data = htmlFindings(html)
assert data.findings.size() == 22
assert html.contains('<b>19</b>errors')
// The first finding quotes its line and marks the repeated name in it.
def first = data.findings[0]
assert first[6].substring(first[7], first[8]) == 'Liang Wang'
assert data.rules[first[0]].id == 'DG110' && data.rules[first[0]].fix == 'mvn digest:fix'
def log = new File(basedir, 'build.log').text
assert log.contains('22 digest finding(s) in the report')
assert log.contains("[INFO] Wrote ${page.canonicalFile}")
return true

// `mvn site` renders the report goal into the site with the HTML report's content.
def page = new File(basedir, 'target/site/digest-report.html')
assert page.isFile()
def html = page.text
assert html.contains('<h1>Digest report</h1>')
evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
def data = htmlFindings(html)
assert data.findings.size() == 22
assert html.contains('<ul id="chart-rules"') && html.contains('<svg id="chart-months"')
assert html.contains('<b>19</b>errors')
// The first finding quotes its line and marks the repeated name in it.
def first = data.findings[0]
assert first[6].substring(first[7], first[8]) == 'Liang Wang'
assert data.rules[first[0]].id == 'DG110' && data.rules[first[0]].fix == 'mvn digest:fix'
def log = new File(basedir, 'build.log').text
assert log.contains('22 digest finding(s) in the report')
// The site's own navigation links the report.
assert new File(basedir, 'target/site/index.html').isFile() || new File(basedir, 'target/site/project-reports.html').isFile()
return true

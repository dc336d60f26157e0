// `mvn site` renders the report goal into the site with the HTML report's content.
def page = new File(basedir, 'target/site/digest-report.html')
assert page.isFile()
def html = page.text
assert html.contains('<h1>Digest report</h1>')
assert (html =~ /<tr data-severity=/).count == 22
assert html.contains('<svg id="chart-rules"') && html.contains('<svg id="chart-months"')
assert html.contains('<b>19</b>errors')
assert html.contains('<mark>Liang Wang</mark>')
def log = new File(basedir, 'build.log').text
assert log.contains('22 digest finding(s) in the report')
// The site's own navigation links the report.
assert new File(basedir, 'target/site/index.html').isFile() || new File(basedir, 'target/site/project-reports.html').isFile()
return true

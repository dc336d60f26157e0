// `mvn digest:report` on its own writes the page as the self-contained HTML report.
def page = new File(basedir, 'target/site/digest-report.html')
assert page.isFile()
def html = page.text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';')
assert html.contains('<title>Digest report</title>')
assert (html =~ /<tr data-severity=/).count == 22
assert html.contains('<b>19</b>errors')
assert html.contains('<mark>Liang Wang</mark>')
def log = new File(basedir, 'build.log').text
assert log.contains('22 digest finding(s) in the report')
assert log.contains("[INFO] Wrote ${page.canonicalFile}")
return true

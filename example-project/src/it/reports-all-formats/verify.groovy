// One run writes every file format from the same 22 findings, names each file it wrote, and
// prints no GitHub annotation outside GitHub Actions (the invoker clears GITHUB_ACTIONS).
// Report paths are relative to the git work tree holding example-project, when there is one.
def prefix = new File(basedir, '../../../../.git').exists() ? 'example-project/' : ''
def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/digest-reports')
['digest.sarif', 'digest.json', 'digest-checkstyle.xml', 'digest-junit.xml', 'digest-gitlab.json', 'digest.html'].each {
    assert new File(reports, it).isFile() : it
    assert log.contains("[INFO] Wrote ${new File(reports, it).path}") : "log names ${it}"
}
assert reports.list().findAll { it.endsWith('.tmp') }.isEmpty()
assert !log.readLines().any { it.startsWith('::') }

def checkstyle = new groovy.xml.XmlSlurper().parse(new File(reports, 'digest-checkstyle.xml'))
assert checkstyle.file.size() == 4
assert checkstyle.file.error.size() == 22
def firstError = checkstyle.file[0].error[0]
assert firstError.@line == '9' && firstError.@column == '22' && firstError.@source == 'DG110'
assert firstError.@severity == 'error'
assert firstError.@message == 'duplicate-author: repeated author name: Liang Wang (2x)'

def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'digest-junit.xml'))
assert junit.@tests == '4' && junit.@failures == '3'
assert junit.testsuite.testcase.failure.size() == 19
assert junit.testsuite.testcase.find { it.@name.text().endsWith('03/01.md') }.failure.size() == 0

def gitlab = new groovy.json.JsonSlurper().parse(new File(reports, 'digest-gitlab.json'))
assert gitlab.size() == 22
assert gitlab*.fingerprint.toSet().size() == 22
assert gitlab[0].location == [path: prefix + 'paper_logs/2024/01/02.md', positions: [begin: [line: 9, column: 22]]]
assert gitlab.count { it.severity == 'major' } == 19

def html = new File(reports, 'digest.html').text
evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
def data = htmlFindings(html)
assert data.findings.size() == 22
assert html.contains('<ul id="chart-rules"') && html.contains('<svg id="chart-months"')
// The first finding quotes its line and marks the repeated name in it.
def first = data.findings[0]
assert first[6].substring(first[7], first[8]) == 'Liang Wang'
assert data.rules[first[0]].id == 'DG110' && data.rules[first[0]].fix == 'mvn digest:fix'
// Self-contained: nothing is fetched when the page opens.
assert !(html =~ /<(link|script|img|iframe)\b[^>]*\b(src|href)=/).find()
return true

// The POM is README's, byte for byte but the version; it checks the three digests and no other
// Markdown file of the repository, and writes its reports to target/.
def readme = new File(basedir, 'readme-snippet.xml').getText('UTF-8')
def version = (new File(basedir, 'pom.xml').getText('UTF-8') =~ /digest-maven-plugin<\/artifactId>\s*<version>(.*?)<\/version>/)[0][1]
assert new File(basedir, 'pom.xml').getText('UTF-8') == readme.replace('<version>0.1.0</version>', "<version>${version}</version>")
def log = new File(basedir, 'build.log').text
[
    "--- digest:${version}:check (default) @ paper-digests ---",
    '[INFO] Checking the digests: 3 Markdown file(s) in paper_logs/ (no includes set: the top-level folders that hold files named like digests)',
    '[WARNING] paper_logs/2024/01/10.md:3:1: warning DG103 missing-media: the entry has no image and no video',
    '[INFO] Checked 3 files (3 entries): 0 errors, 1 warning, 0 infos',
    'BUILD SUCCESS',
].each { assert log.contains(it) : "missing: ${it}" }
['README.md', 'LICENSE.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'how-it-works.md', 'bug.md', 'pull_request_template.md'].each {
    assert !log.contains(it) : "${it} is not a digest"
}
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris.size() == 1 && uris[0].endsWith('paper_logs/2024/01/10.md') : uris
return true

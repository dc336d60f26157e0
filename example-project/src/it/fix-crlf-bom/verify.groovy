def log = new File(basedir, 'build.log').text
assert log.contains('Fixed 9 problem(s) in 3 of 3 file(s)')
assert log.contains('Fixed 0 problem(s) in 0 of 3 file(s)')
assert log.contains('[INFO] paper_logs/2024/01/08.md:11:36: fixed DG202 url-glued-to-text: inserted a space between https://github.com/org/repo and its text')
['08', '09', '10'].each {
    def actual = new File(basedir, "paper_logs/2024/01/${it}.md").bytes
    def expected = new File(basedir, "expected/2024/01/${it}.md").bytes
    assert actual == expected : "${it}.md: ${new String(actual, 'UTF-8').inspect()}"
}
return true

def log = new File(basedir, 'build.log').text
def cache = new File(basedir, 'target/digest-cache').canonicalPath
def lines = log.readLines().findAll { it.toLowerCase().contains('digest cache') || it.startsWith('[INFO] Checked ') }
assert lines == [
    "[WARNING] The digest cache ${cache} is not a digest cache; it is rebuilt".toString(),
    "[INFO] Digest cache: 0 unchanged file(s) taken from ${cache}, 4 checked".toString(),
    '[INFO] Checked 4 files (35 entries): 19 errors, 1 warning, 2 infos',
    "[INFO] Digest cache: 4 unchanged file(s) taken from ${cache}, 0 checked".toString(),
    '[INFO] Checked 4 files (35 entries): 19 errors, 1 warning, 2 infos',
    "[INFO] Digest cache: 0 unchanged file(s) taken from ${cache}, 4 checked".toString(),
    '[INFO] Checked 4 files (35 entries): 19 errors, 0 warnings, 0 infos',
]
// The cached run reports every finding, not only a count.
assert (log =~ /\[ERROR\] paper_logs\/2024\/01\/02.md:9:22: error DG110/).count == 3
return true

// Nothing outside the repository was read or written, and no log line is a workflow command.
import java.nio.file.Files
import java.nio.file.Path

def (secret, victim) = new File(basedir, 'outside.txt').readLines().collect { Path.of(it) }
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
try {
    assert lines.every { !it.strip().startsWith('::') } : lines.findAll { it.strip().startsWith('::') }
    assert !log.contains('CANARY')
    def reports = new File(basedir, 'target/digest-reports')
    reports.eachFile { assert !it.text.contains('CANARY') : it }
    assert Files.readString(victim) == 'keep me\n'
    assert !Files.isSymbolicLink(reports.toPath().resolve('digest.json'))

    assert lines.contains('[ERROR] paper_logs/2024/01/04.md:1:1: error DG000 unreadable-file: the file is a symbolic link to a path outside the repository; it is not read')
    assert lines.contains("[ERROR] paper_logs/2024/01/bad\uFFFDname.md:1:1: error DG000 unreadable-file: the file's path is not valid UTF-8 (paper_logs/2024/01/bad\\xFFname.md, with \\xNN for each byte that is not); it is not read")
    assert lines.contains('[ERROR] paper_logs/2024/01/inj\\n::warning file=README.md,line=1::FORGED\\r.md:9:22: error DG110 duplicate-author: repeated author name: Liang Wang (2x)')
} finally {
    Files.deleteIfExists(secret)
    Files.deleteIfExists(victim)
    // The invoker cleans its folders through java.io.File, which cannot name a file whose name is
    // not UTF-8; a path from the folder's own listing keeps the bytes.
    Files.list(basedir.toPath().resolve('paper_logs/2024/01')).withCloseable { names ->
        names.filter { it.fileName.toString().contains('\uFFFD') }.each { Files.delete(it) }
    }
}
return true

// The seeds' repeated authors are fixed byte for byte as in expected/, and the second run is a no-op.
import java.nio.file.*
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] paper_logs/2024/01/02.md:9:1: fixed DG110 duplicate-author: dropped repeated Liang Wang')
assert log.contains('[INFO] paper_logs/2024/01/17.md:24:1: fixed DG110 duplicate-author: dropped repeated Qixun Wang (2x), Haofan Wang (2x)')
assert log.contains('Fixed 19 problem(s) in 3 of 4 file(s)')
assert log.contains('Fixed 0 problem(s) in 0 of 4 file(s)')
assert (log =~ /What remains \(links checked offline\):/).count == 2
assert log.contains('[WARNING] paper_logs/2024/03/01.md:9:256: warning DG111 truncated-authors')
assert (log =~ /Checked 4 files \(35 entries\): 0 errors, 1 warning, 2 infos/).count == 2
def expected = basedir.toPath().resolve('expected/paper_logs')
def actual = basedir.toPath().resolve('paper_logs')
def seeds = new File(basedir, '../../../paper_logs').toPath()
Files.walk(expected).filter { Files.isRegularFile(it) }.each {
    def rel = expected.relativize(it).toString()
    assert Files.readAllBytes(actual.resolve(rel)) == Files.readAllBytes(it) : "${rel} differs from expected/"
}
// 03/01.md has nothing to fix: untouched
assert Files.readAllBytes(actual.resolve('2024/03/01.md')) == Files.readAllBytes(seeds.resolve('2024/03/01.md'))
assert !Files.list(actual.resolve('2024/01')).anyMatch { it.toString().endsWith('.tmp') }
return true

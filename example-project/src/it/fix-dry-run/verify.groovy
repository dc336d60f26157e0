import java.nio.file.*
def log = new File(basedir, 'build.log').text
assert log.contains('--- a/paper_logs/2024/01/02.md\n+++ b/paper_logs/2024/01/02.md\n@@ -6,7 +6,7 @@\n \n Vote: 20\n \n-Authors: Liang Wang, Liang Wang, Nan Yang,')
assert log.contains('\n+Authors: Liang Wang, Nan Yang, Xiaolong Huang, Linjun Yang, Rangan Majumder, Furu Wei\n')
assert log.contains('[INFO] paper_logs/2024/01/02.md:9:1: would fix DG110 duplicate-author: dropped repeated Liang Wang')
assert log.contains('Would fix 19 problem(s) in 3 of 4 file(s) (dry run: nothing written)')
assert !log.contains('What remains')
def seeds = new File(basedir, '../../../paper_logs').toPath()
def actual = basedir.toPath().resolve('paper_logs')
Files.walk(seeds).filter { Files.isRegularFile(it) }.each {
    assert Files.readAllBytes(actual.resolve(seeds.relativize(it).toString())) == Files.readAllBytes(it)
}
return true

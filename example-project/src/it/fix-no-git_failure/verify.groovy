import java.nio.file.*
def log = new File(basedir, 'build.log').text
assert log.contains("digest:fix rewrites files in place and cannot tell which hold edits not committed: ${basedir.canonicalPath} is not inside a git work tree")
assert log.contains('. Pass -Ddigest.allowUncommitted=true to fix them anyway, or -Ddigest.dryRun to see the changes first')
def seeds = new File(basedir, '../../../paper_logs').toPath()
Files.walk(seeds).filter { Files.isRegularFile(it) }.each {
    assert Files.readAllBytes(basedir.toPath().resolve('paper_logs').resolve(seeds.relativize(it).toString())) == Files.readAllBytes(it)
}
return true

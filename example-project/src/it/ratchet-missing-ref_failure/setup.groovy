import java.nio.file.*
def seeds = new File(basedir, '../../../paper_logs').toPath()
Files.walk(seeds).filter { Files.isRegularFile(it) }.each {
    def target = basedir.toPath().resolve('paper_logs').resolve(seeds.relativize(it).toString())
    Files.createDirectories(target.parent)
    Files.copy(it, target)
}
def git(String... args) {
    def p = (["git", "-c", "user.name=it", "-c", "user.email=it@example.invalid"] + args.toList()).execute(null, basedir)
    p.waitForProcessOutput(System.out, System.err)
    assert p.exitValue() == 0 : "git ${args} failed"
}
git 'init', '-q', '-b', 'main'
git 'add', '-A'
git 'commit', '-qm', 'seeds'
return true

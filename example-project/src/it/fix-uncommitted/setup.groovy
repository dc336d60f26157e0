// The seeds committed; then a user edit to 01/08.md that is not committed yet.
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
def edited = new File(basedir, 'paper_logs/2024/01/08.md'); edited.text = edited.getText('UTF-8') + '\n<!-- my own edit -->\n'
new File(basedir, 'edited-before-fix.md.bak').bytes = edited.bytes
return true

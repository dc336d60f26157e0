// What a pull request from a fork can commit (setup.groovy makes it, since git and the invoker
// would not carry it): a digest that is a symbolic link to a secret outside the repository, a
// name that would forge a workflow command, a name that is not UTF-8, and a link where a report
// goes. The secret and the report's victim live in the temporary folder, outside the git work
// tree that holds this IT.
import java.nio.file.Files
import java.nio.file.Path

evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
copySeeds()
def days = basedir.toPath().resolve('paper_logs/2024/01')

def secret = Files.createTempFile('environ', '.txt')
Files.writeString(secret, 'CANARY_HOSTILE_PR_SECRET_ACCESS_KEY=hunter2\nHOME=/root\n')
Files.createSymbolicLink(days.resolve('04.md'), secret)
def victim = Files.createTempFile('victim', '.json')
Files.writeString(victim, 'keep me\n')
def reports = basedir.toPath().resolve('target/digest-reports')
Files.createDirectories(reports)
Files.createSymbolicLink(reports.resolve('digest.json'), victim)
new File(basedir, 'outside.txt').text = "${secret}\n${victim}\n"

def digest = Files.readString(days.resolve('02.md'))
Files.writeString(days.resolve('inj\n::warning file=README.md,line=1::FORGED\r.md'), digest)
def made = ['sh', '-c', 'cp 02.md "$(printf \'bad\\377name.md\')"'].execute(null, days.toFile())
made.waitForProcessOutput(System.out, System.err)
assert made.exitValue() == 0
return true

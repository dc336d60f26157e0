// Shared by the setup and verify scripts, which start with
//   evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
// and then call copySeeds(), git(...) or htmlFindings(...).
import java.nio.file.Files

// A copy of the four real digests (example-project/paper_logs) under `into`.
copySeeds = { String into = 'paper_logs' ->
    def seeds = new File(basedir, '../../../paper_logs').toPath()
    Files.walk(seeds).filter { Files.isRegularFile(it) }.each {
        def target = basedir.toPath().resolve(into).resolve(seeds.relativize(it).toString())
        Files.createDirectories(target.parent)
        Files.copy(it, target)
    }
}

// Runs git in the IT's folder as a throwaway identity; fails the setup when git fails.
git = { String... args ->
    def p = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.invalid'] + args.toList()).execute(null, basedir)
    p.waitForProcessOutput(System.out, System.err)
    assert p.exitValue() == 0 : "git ${args} failed"
}

// The findings the HTML report embeds for its script (ReportData): one list per finding, [rule,
// severity, file, line, column, message, quoted line (or the index of one quoted before), span
// start, span end, baselined], with the tables they point into: [findings: ..., files: ..., rules: ...].
htmlFindings = { String html ->
    def block = html =~ /(?s)<script type="application\/json" id="digest-data">(.*?)<\/script>/
    assert block.find() : 'the report embeds its findings'
    new groovy.json.JsonSlurper().parseText(block.group(1))
}

// README's POM snippet, extracted (not retyped) and written as the repository's pom.xml, with the
// released version it names replaced by the version under test; around it, the files a real
// repository's root holds, and three digests.
def readme = new File(basedir, '../../../../README.md').getText('UTF-8')
def block = readme =~ /(?s)\*\*With Maven\*\*.*?```xml\n(.*?)```/
assert block.find() : "README has a POM snippet after **With Maven**"
def snippet = block.group(1)
assert !snippet.contains('<parent>') && !snippet.contains('SNAPSHOT') && !snippet.contains('${')
assert snippet.count('<version>0.1.0</version>') == 1 : 'the snippet names the plugin version 0.1.0'
def version = (new File(basedir, 'pom.xml').getText('UTF-8') =~ /<version>(.*?)<\/version>/)[0][1]
new File(basedir, 'pom.xml').setText(snippet.replace('<version>0.1.0</version>', "<version>${version}</version>"), 'UTF-8')
new File(basedir, 'readme-snippet.xml').setText(snippet, 'UTF-8')

def write = { String path, String text ->
    def f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
}
def entry = { String id, String media ->
    "### [Paper ${id}](https://arxiv.org/abs/${id})\n\n${media}Vote: 3\n\nAuthors: Ada Lovelace, Alan Turing\n\n- What the paper does.\n"
}
def thumb = { String id -> "![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png)\n\n" }
write('README.md', '# Daily papers\n\nOne digest a day.\n')
write('LICENSE.md', 'MIT License\n')
write('CONTRIBUTING.md', '# Contributing\n\nOpen an issue.\n')
write('CHANGELOG.md', '# Changelog\n')
write('docs/how-it-works.md', '# How the bot works\n')
write('.github/ISSUE_TEMPLATE/bug.md', '---\nname: Bug\n---\n')
write('.github/pull_request_template.md', 'What changed?\n')
write('paper_logs/2024/01/08.md', '## Daily Papers (2024-01-08)\n\n' + entry('2401.00001', thumb('2401.00001')))
write('paper_logs/2024/01/09.md', '## Daily Papers (2024-01-09)\n\n' + entry('2401.00002', thumb('2401.00002')))
write('paper_logs/2024/01/10.md', '## Daily Papers (2024-01-10)\n\n' + entry('2401.00003', ''))
return true

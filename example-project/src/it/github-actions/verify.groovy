// Under GitHub Actions the default formats annotate the most severe new findings (10 per
// severity at most, at the start of a line, as workflow commands must be) and append a summary.
// Report paths are relative to the git work tree holding example-project, when there is one.
def prefix = new File(basedir, '../../../../.git').exists() ? 'example-project/' : ''
def lines = new File(basedir, 'build.log').readLines()
def annotations = lines.findAll { it.startsWith('::') }
assert annotations.size() == 13
assert annotations[0] == '::error file=' + prefix + 'paper_logs/2024/01/02.md,line=9,col=22,title=DG110 duplicate-author::repeated author name: Liang Wang (2x)'
assert annotations.count { it.startsWith('::error ') } == 10
assert annotations.count { it.startsWith('::warning ') } == 1
assert annotations.count { it.startsWith('::notice ') } == 2
assert lines.contains('[INFO] 9 new finding(s) have no GitHub annotation (GitHub shows at most 10 per severity in a step); the reports list them all')

def summary = new File(basedir, 'step-summary.md').text
assert summary.startsWith('# Build\n## Digest check: 19 errors, 1 warning, 2 infos\n')
assert summary.contains('| DG110 duplicate-author | error | 19 |')
assert summary.contains('[' + prefix.replace('_', '\\_') + 'paper\\_logs/2024/01/02.md:9:22](https://github.com/octo/digests/blob/0123abc/' + prefix + 'paper_logs/2024/01/02.md#L9)')
assert lines.any { it.startsWith('[INFO] Appended the step summary to ') && it.endsWith('step-summary.md') }
return true

// One digest per kind of error: each is reported at its exact line and column.
def log = new File(basedir, 'build.log').text
def expected = [
  'paper_logs/2024/01/08.md:1:18: error DG003 date-path-mismatch: header date 2024-01-09 differs from the date 2024-01-08 in the path',
  'paper_logs/2024/01/08.md:3:1: error DG101 malformed-title: the title heading has no link; write \'### [Title](paper URL)\'',
  'paper_logs/2024/01/08.md:14:18: error DG102 invalid-paper-link: https://arxiv.org/abs/2413.99999 is not an accepted paper URL: "2413.99999" is not a valid arXiv id',
  'paper_logs/2024/01/08.md:28:27: error DG104 media-mismatch: the video link names a.mp4 but <video src> names b.mp4',
  'paper_logs/2024/01/08.md:37:1: error DG108 missing-authors: the entry has no Authors: line',
  'paper_logs/2024/01/08.md:41:7: error DG106 invalid-votes: Vote: "many" is neither a non-negative integer nor -',
  'paper_logs/2024/01/08.md:46:1: error DG112 missing-summary: the entry has no summary list',
  'paper_logs/2024/01/08.md:52:24: error DG109 empty-author: an empty item in the author list',
  'paper_logs/2024/01/08.md:52:26: error DG110 duplicate-author: repeated author name: Ada Lovelace (2x)',
  'paper_logs/2024/01/08.md:54:18: error DG113 duplicate-paper: paper 2401.02957 already appears at paper_logs/2024/01/08.md:25',
  'paper_logs/2024/01/08.md:62:16: error DG201 malformed-url: "htps://github.com/x" uses the scheme htps: where http or https is expected',
  'paper_logs/2024/01/08.md:62:48: error DG206 missing-local-file: figures/missing.png does not exist (paper_logs/2024/01/figures/missing.png)',
  'paper_logs/2024/01/10.md:3:1: error DG000 unreadable-file: not valid UTF-8: byte 0xC3 at byte offset 30',
  'paper_logs/2024/01/11.md:1:1: error DG005 empty-digest: no entry under the digest header',
  'paper_logs/2024/01/11.md:1:18: error DG002 invalid-date: "2024-13-01" is not a real YYYY-MM-DD date',
]
def reported = log.readLines().findAll { it.startsWith('[ERROR] paper_logs/') }.collect { it.substring(8) }
assert reported == expected
assert log.contains('Checked 3 files (6 entries): 15 errors, 0 warnings, 0 infos')
assert log.contains('15 digest finding(s) at or above error (at most 0 allowed)')
return true

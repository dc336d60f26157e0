// A stand-in for the arXiv API on 127.0.0.1, answering id_list queries with Atom feeds shaped like
// arXiv's (names with affiliations and diacritics, two people of one name), and the digests: one
// with LF line ends, one with CRLF and a byte order mark, and one in offline/ for the offline fix.
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.atomic.AtomicInteger

def papers = [
    '2401.00001': ['Paper One', ['Chenglei Si', 'Diyi Yang', 'Tatsunori Hashimoto']],
    '2401.00002': ['Paper Two', ['Wei Wang', 'Li Zhang', 'Wei Wang']],
    '2401.00003': ['Paper Three', ['Jürgen Schmidhuber|IDSIA', 'Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra']],
    '2401.00004': ['Paper Four', ['Ada Lovelace', 'Alan Turing']],
]
def xml = { String s -> s.replace('&', '&amp;').replace('<', '&lt;') }
def requests = new AtomicInteger()
def server = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
server.createContext('/api/query', { exchange ->
    requests.incrementAndGet()
    def query = exchange.requestURI.rawQuery.split('&').find { it.startsWith('id_list=') }
    def ids = URLDecoder.decode(query.substring('id_list='.length()), 'UTF-8').split(',')
    def feed = new StringBuilder('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n')
    ids.each { id ->
        def paper = papers[id]
        if (paper) {
            feed << "<entry><id>http://arxiv.org/abs/${id}v1</id><title>${xml(paper[0])}</title>"
            paper[1].each { author ->
                def parts = author.split('\\|')
                feed << "<author><name>${xml(parts[0])}</name>"
                if (parts.length > 1) feed << "<arxiv:affiliation>${xml(parts[1])}</arxiv:affiliation>"
                feed << '</author>'
            }
            feed << '</entry>\n'
        }
    }
    feed << '</feed>\n'
    def body = feed.toString().getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/atom+xml')
    exchange.sendResponseHeaders(200, body.length)
    exchange.responseBody.withCloseable { it.write(body) }
} as HttpHandler)
server.start()
System.properties.put('fix-authors-online.server', server)
System.properties.put('fix-authors-online.requests', requests)
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('ARXIV_PORT', String.valueOf(server.address.port))

def write = { String path, String text ->
    def f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.bytes = text.getBytes('UTF-8')
}
def entry = { String id, String title, String authors ->
    "### [${title}](https://arxiv.org/abs/${id})\n\n![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png)\n\nVote: 3\n\nAuthors: ${authors}\n\n- A bullet.\n"
}
write('paper_logs/2024/01/08.md', '## Daily Papers (2024-01-08)\n\n'
    + entry('2401.00001', 'Paper One', 'Diyi Yang, Tatsunori Hashimoto, Chenglei Si  ') + '\n'
    + entry('2401.00002', 'Paper Two', 'Wei Wang, Li Zhang, Wei Wang') + '\n'
    + entry('2401.00003', 'Paper Three', 'Jurgen Schmidhuber, Ada Lovelace, John Doe, +'))
write('paper_logs/2024/01/09.md', '\uFEFF' + ('## Daily Papers (2024-01-09)\n\n'
    + entry('2401.00004', 'Paper Four', "['Alan Turing', 'and Ada Lovelace']")).replace('\n', '\r\n'))
write('offline/paper_logs/2024/01/10.md', '## Daily Papers (2024-01-10)\n\n'
    + entry('2401.00001', 'Paper One', 'Diyi Yang, Tatsunori Hashimoto, Chenglei Si').replace('- A bullet.', '- Code: https://github.com/org/repo에서 확인'))
return true

/// `/`: an HTML table of the endpoints, with a form (and a button) for each POST-only one, as Envoy's home page.
enum AdminHomePage {
    static func render(_ endpoints: [AdminEndpoint]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang='en'>
            <head>
              <title>Nuncio Admin</title>
            <style>
            .home-table { font-family: sans-serif; font-size: medium; border-collapse: collapse; border-spacing: 0; }
            .home-data { text-align: left; padding: 4px; }
            .home-form { margin-bottom: 0; }
            .button-as-link { background: none!important; border: none; padding: 0!important; font-family: sans-serif;
              font-size: medium; color: #069; text-decoration: underline; cursor: pointer; }
            .gray { background-color: #dddddd; }
            .vert-space { height: 4px; }
            .option { padding-bottom: 4px; padding-top: 4px; padding-right: 4px; padding-left: 20px; text-align: right;
              font-style: italic; }
            </style>
            </head>
            <body>

              <table class='home-table'>
                <thead>
                  <tr>
                    <th class='home-data'>Command</th>
                    <th class='home-data'>Description</th>
                  </tr>
                </thead>
                <tbody>

            """
        for endpoint in endpoints where endpoint.path != "/" {
            let name = String(endpoint.path.dropFirst())
            let id = name.replacingOccurrences(of: "/", with: "-")
            html += "<tr class='vert-space'><td></td><td></td></tr>\n<tr>\n"
            if endpoint.postOnly {
                html += "  <td class='home-data'><form action='\(name)' method='post' id='\(id)' class='home-form'>\n"
                html += "    <button>\(escape(name))</button>\n  </form></td>\n"
            } else {
                html += "  <td class='home-data'><form action='\(name)' method='get' id='\(id)' class='home-form'>\n"
                html += "    <button class='button-as-link'>\(escape(name))</button>\n  </form></td>\n"
            }
            html += "  <td class='home-data'>\(escape(endpoint.help))</td>\n</tr>\n"
            for parameter in endpoint.parameters {
                html += "<tr>\n  <td class='option'>\(escape(parameter.name))</td>\n"
                html += "  <td class='home-data'>\(escape(parameter.help))</td>\n</tr>\n"
            }
        }
        html += "    </tbody>\n  </table>\n</body>\n</html>\n"
        return html
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&#39;")
    }
}

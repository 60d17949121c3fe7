#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;

namespace Console {

class ServerSession;

//! Help > About: the console's version, the Qt it runs on (and was built
//! with), and the Asterisk the window is connected to. The Asterisk line
//! follows the connection while the dialog is open and says so when what it
//! shows is from an earlier connection. "Copy details" puts it all on the
//! clipboard, for a support ticket.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    //! The server the window shows (may be null); `simulated` for the built-in simulator.
    void setSession(ServerSession *session, bool simulated = false);

    QString versionText() const;
    QString qtText() const;
    //! E.g. "Asterisk 20.7.0 (entity 02:fc:00:00:00:01), connected".
    QString asteriskText() const;
    //! Everything above and the platform, as plain text.
    QString details() const;

private:
    void updateAsterisk();

    QPointer<ServerSession> m_session;
    bool m_simulated = false;
    QLabel *m_asterisk;
};

} // namespace Console

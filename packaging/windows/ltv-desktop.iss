; Inno Setup script for LTV Desktop: a Windows installer around PyInstaller's one-folder
; build (dist\ltv-desktop\). The release workflow (.github/workflows/release.yml) runs
;
;     iscc /DAppVersion=0.1.0 packaging\windows\ltv-desktop.iss
;
; after `pyinstaller packaging\ltv-desktop.spec` and resources\icons\make_icons.py, and
; finds the installer in dist\installer\. Paths below are relative to this file.
;
; It installs per user (no administrator needed) into %LOCALAPPDATA%\Programs\LTV Desktop,
; or for everyone under Program Files when run as administrator, adds a Start-menu
; shortcut, and offers LTV Desktop under "Open with" for .xlsx files WITHOUT becoming
; their default program: it lists its ProgID under .xlsx\OpenWithProgids and itself under
; Applications\ltv-desktop.exe\SupportedTypes, and never writes .xlsx's own default value,
; so a double-click still opens Excel (or whatever the user chose). Uninstalling removes
; exactly what it added.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "LTV Desktop"
#define AppExe "ltv-desktop.exe"
#define ProgId "LTVDesktop.Workbook"

[Setup]
; The AppId identifies the installation for upgrades and uninstalling: never change it.
AppId={{2BDD489D-971F-49FF-9B2D-4F0948E05E45}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LTV Desktop
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer the Open-with list changed (SHChangeNotify), at install and uninstall.
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\ltv-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=ltv-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "hebrew"; MessagesFile: "compiler:Languages\Hebrew.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ltv-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\ltv-desktop.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\ltv-desktop.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\ltv-desktop.ico"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install, HKEY_LOCAL_MACHINE for everyone.
; The ProgID: what an .xlsx opened with LTV Desktop is called, its icon, and the command.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Excel workbook (LTV Desktop)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ltv-desktop.ico"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Offered for .xlsx under "Open with": a value under OpenWithProgids, not .xlsx's default.
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue
; The application itself, for "Open with > Choose another app" and Default Apps.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ltv-desktop.ico"
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

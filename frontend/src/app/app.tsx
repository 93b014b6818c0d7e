export function App() {
  return (
    <main>
      <h1>Hub Rota</h1>
      <p>Seven-day primary care hub rota and capacity scheduler.</p>
    </main>
  );
}
